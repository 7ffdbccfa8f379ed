package dev.krait.parser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.krait.ast.Expr;
import dev.krait.ast.Module;
import dev.krait.ast.Span;
import dev.krait.ast.Stmt;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The parser's entry points, literal values, and its resistance to absurdly deep nesting. */
class ParserApiTest {

    private static Expr expression(String source) {
        return Parser.parseExpression(source, "<test>");
    }

    @Test
    void parseExpressionGivesTheExpressionOfEval() {
        assertEquals("Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Name(id='x', ctx=Load())))",
                        AstDumper.dumpExpression(expression("1 + x"), false));
        assertEquals("Expression(body=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))",
                        AstDumper.dumpExpression(expression("\n1, 2\n\n"), false));
    }

    @Test
    void parseExpressionRejectsStatements() {
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> expression("x = 1"));
        assertEquals("invalid syntax", e.getMessage());
        assertEquals(3, e.offset);
    }

    @Test
    void integersAreLongWhenTheyFitElseBigInteger() {
        assertEquals(9223372036854775807L, ((Expr.IntLiteral) expression("9223372036854775807")).value());
        assertEquals(new BigInteger("9223372036854775808"), ((Expr.IntLiteral) expression("9223372036854775808")).value());
        assertEquals(255L, ((Expr.IntLiteral) expression("0xff")).value());
        assertEquals(new BigInteger("ffffffffffffffffff", 16), ((Expr.IntLiteral) expression("0x_ffff_ffff_ffff_ffff_ff")).value());
    }

    @Test
    void bytesLiteralsKeepEveryByte() {
        assertArrayEquals(new byte[]{0, (byte) 0xff, 'a', '\n', 'A'},
                        ((Expr.BytesLiteral) expression("b'\\x00\\xff' b'a\\n\\101'")).value());
    }

    @Test
    void debugFStringIsDesugaredWithReprConversion() {
        Expr.FString f = (Expr.FString) expression("f'{x = }'");
        assertEquals(new Expr.StrLiteral("x = ", f.span()), f.parts().get(0));
        Expr.FormattedValue value = (Expr.FormattedValue) f.parts().get(1);
        assertEquals('r', value.conversion());
        assertEquals(new Span(1, 3, 1, 4), value.value().span());
    }

    @Test
    void spansAreOneBasedLinesAndZeroBasedExclusiveColumns() {
        Module m = Parser.parse("if x:\n    y = (a +\n         b)\n", "<test>");
        Stmt.If stmt = (Stmt.If) m.body().get(0);
        assertEquals(new Span(1, 0, 3, 11), stmt.span());
        Stmt.Assign assign = (Stmt.Assign) stmt.body().get(0);
        assertEquals(new Span(2, 9, 3, 10), assign.value().span());
    }

    @Test
    void manyStatementsParse() {
        String source = "x = 1\n".repeat(20000);
        assertEquals(20000, Parser.parse(source, "<test>").body().size());
    }

    @Test
    void twoHundredNestedParenthesesParse() {
        String source = "(".repeat(200) + "1" + ")".repeat(200);
        assertInstanceOf(Expr.IntLiteral.class, expression(source));
    }

    @Test
    void absurdNestingIsAMemoryErrorNotAStackOverflow() {
        // CPython's parser: MemoryError when its stack is full.
        List<String> sources = new ArrayList<>();
        sources.add("-".repeat(100_000) + "1");
        sources.add("not ".repeat(100_000) + "x");
        sources.add("2" + "**2".repeat(100_000));
        sources.add("lambda: ".repeat(100_000) + "0");
        sources.add("a if b else ".repeat(100_000) + "c");
        for (String source : sources) {
            PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> Parser.parse(source, "<test>"));
            assertEquals("MemoryError", e.typeName);
        }
        // CPython's tokenizer: at most 200 open brackets.
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> Parser.parse("[".repeat(300) + "]".repeat(300), "<test>"));
        assertEquals("too many nested parentheses", e.getMessage());
    }

    @Test
    void errorsCarryTheFileName() {
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> Parser.parse("x = (", "script.py"));
        assertEquals("script.py", e.filename);
        assertEquals("x = (", e.lineText);
    }
}
