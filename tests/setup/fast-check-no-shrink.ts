import fc from "fast-check";

// Mutation runs only need to know that a property fails, not its smallest counterexample:
// shrinking a mutant's failure can cost more runs than finding it.
fc.configureGlobal({ endOnFailure: true });
