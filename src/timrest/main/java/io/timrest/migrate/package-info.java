/**
 * The input side of {@code timrest migrate}: the history file (the spec's {@code x-history-file},
 * JSON Lines, one record per line), its strict reading ({@link io.timrest.migrate.HistoryFile}),
 * its validation against the server's rules ({@code Validator}), the IDs a migration derives
 * ({@code Ids}) and the plan it executes ({@code Plan}). The public types are what a migration
 * reports: {@link io.timrest.migrate.Problem}, {@link io.timrest.migrate.ProblemSink},
 * {@link io.timrest.migrate.Report} and {@link io.timrest.migrate.RecordType}.
 */
package io.timrest.migrate;
