package dev.krait.ast;

import java.math.BigInteger;
import java.util.List;

/** Expressions. Optional children are {@code null} when absent; lists are never null. */
public sealed interface Expr extends Node {

    /** An int literal: {@link Long} when it fits, else {@link BigInteger}. */
    record IntLiteral(Object value, Span span) implements Expr {
    }

    record FloatLiteral(double value, Span span) implements Expr {
    }

    /** A string literal after escapes and implicit concatenation of plain strings. */
    record StrLiteral(String value, Span span) implements Expr {
    }

    record BytesLiteral(byte[] value, Span span) implements Expr {
    }

    record BoolLiteral(boolean value, Span span) implements Expr {
    }

    record NoneLiteral(Span span) implements Expr {
    }

    record EllipsisLiteral(Span span) implements Expr {
    }

    /**
     * An f-string (possibly concatenated with plain strings): parts are {@link StrLiteral} and
     * {@link FormattedValue}. {@code f"{x=}"} is desugared by the parser into the text "x=" and a FormattedValue
     * with conversion 'r' (unless a conversion or format spec was given).
     */
    record FString(List<Expr> parts, Span span) implements Expr {
    }

    /**
     * One replacement field of an f-string. {@code conversion} is 0 (none), 's', 'r' or 'a'; {@code formatSpec}
     * is null or an {@link FString} (it may itself contain replacement fields).
     */
    record FormattedValue(Expr value, char conversion, Expr formatSpec, Span span) implements Expr {
    }

    record Name(String id, Span span) implements Expr {
    }

    record BinOp(Expr left, Operator op, Expr right, Span span) implements Expr {
    }

    record UnaryOp(UnaryOperator op, Expr operand, Span span) implements Expr {
    }

    /** {@code a and b and c} (isAnd) or {@code a or b or c}: at least two values. */
    record BoolOp(boolean isAnd, List<Expr> values, Span span) implements Expr {
    }

    /** {@code left op0 comparators0 op1 comparators1 ...} (chained comparison). */
    record Compare(Expr left, List<CompareOperator> ops, List<Expr> comparators, Span span) implements Expr {
    }

    record IfExp(Expr test, Expr body, Expr orElse, Span span) implements Expr {
    }

    record Lambda(Arguments args, Expr body, Span span) implements Expr {
    }

    /** A call. {@code args} may contain {@link Starred}; a keyword with a null name is {@code **mapping}. */
    record Call(Expr func, List<Expr> args, List<Keyword> keywords, Span span) implements Expr {
    }

    record Attribute(Expr value, String attr, Span span) implements Expr {
    }

    /** {@code value[index]}; index is a {@link Slice}, a {@link TupleExpr} (possibly containing slices) or any expr. */
    record Subscript(Expr value, Expr index, Span span) implements Expr {
    }

    /** {@code lower:upper:step}, each part optional (null). Only appears as a subscript index. */
    record Slice(Expr lower, Expr upper, Expr step, Span span) implements Expr {
    }

    /** {@code *value} in a call, a display or an assignment target. */
    record Starred(Expr value, Span span) implements Expr {
    }

    record ListExpr(List<Expr> elements, Span span) implements Expr {
    }

    record TupleExpr(List<Expr> elements, Span span) implements Expr {
    }

    record SetExpr(List<Expr> elements, Span span) implements Expr {
    }

    /** A dict display; a null key means {@code **value} unpacking. */
    record DictExpr(List<Expr> keys, List<Expr> values, Span span) implements Expr {
    }

    record ListComp(Expr element, List<Comprehension> generators, Span span) implements Expr {
    }

    record SetComp(Expr element, List<Comprehension> generators, Span span) implements Expr {
    }

    record DictComp(Expr key, Expr value, List<Comprehension> generators, Span span) implements Expr {
    }

    record GeneratorExp(Expr element, List<Comprehension> generators, Span span) implements Expr {
    }

    /** {@code yield} (value may be null). */
    record Yield(Expr value, Span span) implements Expr {
    }

    record YieldFrom(Expr value, Span span) implements Expr {
    }

    /** {@code target := value}. */
    record NamedExpr(Name target, Expr value, Span span) implements Expr {
    }
}
