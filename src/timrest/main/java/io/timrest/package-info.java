/**
 * A client of the Tencent Cloud Chat (IM) server REST API, acting as an App admin: build one
 * {@link io.timrest.TimRestClient} with {@link io.timrest.TimRestClient#builder()} and share it,
 * call its operations with the request models of {@link io.timrest.model}, and handle the
 * failures under {@link io.timrest.TimRestException}: {@link io.timrest.TimApiException} (the server
 * answered an error code), {@link io.timrest.TimTransportException} (no trustworthy answer) and
 * {@link io.timrest.TimValidationException} (refused before sending).
 *
 * <p>{@link io.timrest.UserSig} signs and verifies the credential the API expects, also for an
 * app's own clients; {@link io.timrest.Region} names the data centres; {@link
 * io.timrest.RetryPolicy} says how failures are retried; {@link io.timrest.ImportResult} reports
 * each message of an import; {@link io.timrest.MsgElements} writes common message elements.
 * Everything else in this package is package-private implementation.
 */
package io.timrest;
