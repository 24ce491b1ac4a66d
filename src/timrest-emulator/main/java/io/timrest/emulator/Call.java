package io.timrest.emulator;

import java.time.Instant;

/** One authenticated call as an endpoint sees it: the parsed body, its size and the time. */
record Call(Params body, long bodyBytes, Instant now) {}
