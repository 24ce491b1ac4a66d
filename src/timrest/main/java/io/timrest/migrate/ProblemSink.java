package io.timrest.migrate;

/**
 * Receives the problems found in a history file, one call per problem, in the order they are
 * found: most in line order while the file is read, the rest (references to accounts and groups
 * defined nowhere, rules between a group and its members and messages) after its last line.
 * {@link Report} writes them to a file.
 */
@FunctionalInterface
interface ProblemSink {
  /** Takes one problem. */
  void problem(Problem problem);
}
