// Generated from spec/openapi.yaml by templates/tim_package_info.mustache. Do not edit: change the
// template and run mvn generate-sources.
/**
 * The request and response bodies of the API, generated from the OpenAPI spec that is published
 * with the library (classifier {@code openapi}). Each is an immutable value with a builder, and
 * has a Moshi adapter without reflection: register {@link io.timrest.model.TimJsonAdapters#FACTORY}
 * to read or write them. Accessors are named after the JSON properties ({@code From_Account} is
 * {@code fromAccount()}); optional properties are {@link java.util.Optional}s. A builder's
 * {@code build()} fails with {@link io.timrest.TimValidationException} when a required property
 * is missing or a number is not finite; each model's {@code validate()} checks the spec's other
 * constraints of one field ({@code maxLength} in UTF-8 bytes, {@code enum}, {@code minimum},
 * {@code maximum}, {@code minItems}, {@code maxItems}), as the client does before it sends a
 * request. The limits are the models' public constants ({@code USER_ID_MAX_LENGTH}, ...).
 *
 * <p>A message body is a list of {@link io.timrest.model.MsgElement}s, one class per element type;
 * an element of a type this version does not model is kept, byte for byte, as a
 * {@link io.timrest.model.MsgElement.Unknown}.
 */
package io.timrest.model;
