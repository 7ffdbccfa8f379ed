package dev.krait.nodes;

/** A source range without behaviour: where an error inside a larger node is reported (e.g. obj.name of a call). */
public final class PositionNode extends KraitNode {
}
