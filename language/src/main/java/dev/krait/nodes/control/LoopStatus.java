package dev.krait.nodes.control;

/** How a loop ended: normally (its else clause runs) or by break. */
enum LoopStatus {
    FINISHED, BROKEN
}
