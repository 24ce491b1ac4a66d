package io.timrest;

import com.squareup.moshi.Moshi;
import io.timrest.model.AccountImportRequest;
import io.timrest.model.AdminGetRoamMsgRequest;
import io.timrest.model.AdminGetRoamMsgResponse;
import io.timrest.model.C2cMsg;
import io.timrest.model.CreateGroupRequest;
import io.timrest.model.CreateGroupResponse;
import io.timrest.model.Envelope;
import io.timrest.model.GroupMsg;
import io.timrest.model.GroupMsgGetSimpleRequest;
import io.timrest.model.GroupMsgGetSimpleResponse;
import io.timrest.model.ImportC2cMsgRequest;
import io.timrest.model.ImportGroupMemberRequest;
import io.timrest.model.ImportGroupMemberResponse;
import io.timrest.model.ImportGroupMsgResponse;
import io.timrest.model.ImportGroupMsgRequest;
import io.timrest.model.ImportGroupRequest;
import io.timrest.model.ImportGroupResponse;
import io.timrest.model.ModifyC2cMsgRequest;
import io.timrest.model.ModifyGroupMsgRequest;
import io.timrest.model.MultiaccountImportRequest;
import io.timrest.model.MultiaccountImportResponse;
import io.timrest.model.SendGroupMsgRequest;
import io.timrest.model.SendGroupMsgResponse;
import io.timrest.model.SendMsgRequest;
import io.timrest.model.SendMsgResponse;
import io.timrest.model.SetUnreadMsgNumRequest;
import io.timrest.model.TimJsonAdapters;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Call;
import retrofit2.Retrofit;

/**
 * A client of the Tencent Cloud Chat server REST API, acting as an App admin. Build one with
 * {@link #builder()} and share it: it is immutable and thread-safe, holds one connection pool and
 * one cached UserSig. Every method validates its request before any I/O
 * ({@link TimValidationException}), and fails with {@link TimApiException} when the server answers
 * an error code or {@link TimTransportException} when no trustworthy answer arrives. Each method has
 * an {@code ...Async} twin returning a {@link CompletableFuture} that fails with the same exceptions.
 *
 * <p>Failures are retried as the {@linkplain Builder#retryPolicy(RetryPolicy) retry policy} allows
 * (transport failures and retryable error codes; an expired or invalidated UserSig is renewed and
 * the call repeated once). A retried call sends the same body, so it is idempotent: imports and
 * one-to-one messages carry a {@code Random} or {@code MsgSeq} that the client fills in before the
 * first attempt when the caller left it out.
 *
 * <pre>{@code
 * try (TimRestClient client = TimRestClient.builder()
 *     .sdkAppId(1400000000L).adminIdentifier("administrator").secretKey(secretKey)
 *     .region(Region.SINGAPORE)
 *     .build()) {
 *   ImportResult result = client.importGroupMsg(request).requireAllImported();
 * }
 * }</pre>
 */
public final class TimRestClient implements AutoCloseable {
  private final long sdkAppId;
  private final String adminIdentifier;
  private final HttpUrl baseUrl;
  private final OkHttpClient http;
  private final boolean ownsHttpClient;
  private final AccountsApi accounts;
  private final GroupsApi groups;
  private final C2cMessagesApi c2cMessages;
  private final GroupMessagesApi groupMessages;
  private final RequestValidation validation;
  private final DerivedIds derivedIds;
  private final RetryingCaller caller;

  private TimRestClient(Builder builder) {
    this.sdkAppId = builder.sdkAppId;
    this.adminIdentifier = builder.adminIdentifier;
    this.baseUrl = builder.baseUrl;
    CallEvents events = new CallEvents(builder.listener);
    CachedUserSig userSig = builder.userSigSupplier != null
        ? CachedUserSig.supplied(builder.userSigSupplier, builder.clock, events)
        : CachedUserSig.signing(
            sdkAppId, builder.secretKey, adminIdentifier, builder.userSigValidity, builder.clock, events);
    this.ownsHttpClient = builder.okHttpClient == null;
    OkHttpClient base = ownsHttpClient ? new OkHttpClient.Builder().dispatcher(allToOneHost()).build() : builder.okHttpClient;
    CredentialScrubber scrubber = new CredentialScrubber(builder.secretKey, userSig);
    OkHttpClient.Builder httpBuilder = base.newBuilder()
        .addInterceptor(new ResponseGuard(builder.maxResponseSize))
        .addInterceptor(new QueryAuthentication(sdkAppId, adminIdentifier, userSig))
        .addNetworkInterceptor(ResponseGuard.network())
        // A redirect is not the API's answer, and following one would send the UserSig elsewhere.
        .followRedirects(false)
        .followSslRedirects(false)
        .connectTimeout(builder.connectTimeout)
        .readTimeout(builder.readTimeout)
        .writeTimeout(builder.readTimeout)
        .callTimeout(builder.callTimeout());
    if (builder.backupBaseUrl != null) {
      httpBuilder.addInterceptor(new HostFailover(baseUrl, builder.backupBaseUrl, builder.clock, events));
    }
    this.http = httpBuilder.build();
    Moshi moshi = new Moshi.Builder().add(TimJsonAdapters.FACTORY).build();
    this.validation = new RequestValidation(moshi, builder.clock, builder.maxMembersPerImport);
    this.derivedIds = new DerivedIds(moshi);
    Retrofit retrofit = new Retrofit.Builder()
        .baseUrl(baseUrl)
        .callFactory(new RequestStamp(this.http))
        .addConverterFactory(new EnvelopeConverterFactory(moshi, validation, scrubber))
        .validateEagerly(true)
        .build();
    this.accounts = retrofit.create(AccountsApi.class);
    this.groups = retrofit.create(GroupsApi.class);
    this.c2cMessages = retrofit.create(C2cMessagesApi.class);
    this.groupMessages = retrofit.create(GroupMessagesApi.class);
    this.caller = new RetryingCaller(
        builder.retryPolicy, userSig, builder.rateLimit == null ? CallPacer.UNLIMITED : new CallPacer(builder.rateLimit),
        scrubber, events);
  }

  /** OkHttp allows 5 concurrent async calls per host by default; every call here goes to one host. */
  private static Dispatcher allToOneHost() {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequestsPerHost(dispatcher.getMaxRequests());
    return dispatcher;
  }

  /**
   * Starts configuring a client. {@link Builder#build()} requires the SDKAppID, the App admin, a
   * secret key or a UserSig supplier, and a region or base URL.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Overwrites the {@code MsgBody}, the {@code CloudCustomData} or both of a one-to-one message,
   * identified by its sender, receiver and {@code MsgKey}: {@code POST v4/openim/modify_c2c_msg}.
   * A modified message cannot be restored.
   *
   * <p>Validated before sending: at least one of {@code MsgBody} and {@code CloudCustomData} is
   * set; a {@code MsgBody} holds at least one element, at most one {@code TIMCustomElem}, and at
   * most 12,288 bytes of JSON.
   *
   * @param request the message and its new content
   * @return the envelope of the successful answer
   * @throws NullPointerException if {@code request} is null
   * @throws TimValidationException if the request breaks a rule above; nothing was sent
   * @throws TimApiException if the server answered an error code, for example 20001 for an unknown
   *     {@code MsgKey}
   * @throws TimTransportException if no trustworthy answer arrived, retries included
   */
  public Envelope modifyC2cMsg(ModifyC2cMsgRequest request) {
    return caller.call(checked(request, validation::check, c2cMessages::modifyC2cMsg));
  }

  /**
   * The asynchronous twin of {@link #modifyC2cMsg(ModifyC2cMsgRequest)}: the same validation,
   * request and retries, without blocking the caller. Cancelling the future cancels the call in
   * flight.
   *
   * @param request the message and its new content
   * @return a future that completes with the envelope of the successful answer, or fails with the
   *     {@link TimValidationException}, {@link TimApiException} or {@link TimTransportException}
   *     the blocking method would throw
   * @throws NullPointerException if {@code request} is null
   */
  public CompletableFuture<Envelope> modifyC2cMsgAsync(ModifyC2cMsgRequest request) {
    return caller.callAsync(() -> checked(request, validation::check, c2cMessages::modifyC2cMsg));
  }

  /**
   * Overwrites the {@code MsgBody}, the {@code CloudCustomData} or both of a group message,
   * identified by its group and {@code MsgSeq}: {@code POST v4/openim/modify_group_msg}. Messages
   * of AVChatRoom groups are not stored and cannot be modified. A modified message cannot be
   * restored.
   *
   * <p>Validated before sending: {@code MsgSeq} is at least 1; at least one of {@code MsgBody} and
   * {@code CloudCustomData} is set; a {@code MsgBody} holds at least one element, at most one
   * {@code TIMCustomElem}, and at most 12,288 bytes of JSON.
   *
   * @param request the message and its new content
   * @return the envelope of the successful answer
   * @throws NullPointerException if {@code request} is null
   * @throws TimValidationException if the request breaks a rule above; nothing was sent
   * @throws TimApiException if the server answered an error code, for example 10010 for a group
   *     that does not exist
   * @throws TimTransportException if no trustworthy answer arrived, retries included
   */
  public Envelope modifyGroupMsg(ModifyGroupMsgRequest request) {
    return caller.call(checked(request, validation::check, groupMessages::modifyGroupMsg));
  }

  /**
   * The asynchronous twin of {@link #modifyGroupMsg(ModifyGroupMsgRequest)}: the same validation,
   * request and retries, without blocking the caller. Cancelling the future cancels the call in
   * flight.
   *
   * @param request the message and its new content
   * @return a future that completes with the envelope of the successful answer, or fails with the
   *     {@link TimValidationException}, {@link TimApiException} or {@link TimTransportException}
   *     the blocking method would throw
   * @throws NullPointerException if {@code request} is null
   */
  public CompletableFuture<Envelope> modifyGroupMsgAsync(ModifyGroupMsgRequest request) {
    return caller.callAsync(() -> checked(request, validation::check, groupMessages::modifyGroupMsg));
  }

  /**
   * Imports 1 to 7 historical messages into a group:
   * {@code POST v4/group_open_http_svc/import_group_msg}. A message without {@code Random} gets one
   * derived from the group and the message (SHA-256 of their JSON; distinct messages of one request
   * never share one), so that a retry, and an equal request sent again, is de-duplicated by the
   * server (within its five minutes) instead of importing twice. The result pairs every message with its outcome; some may have failed (for
   * example {@code Result} 10004 for a {@code SendTime} the server refuses) while others were
   * imported: see {@link ImportResult#failed()} and {@link ImportResult#requireAllImported()}.
   *
   * <p>Validated before sending: 1 to 7 messages; {@code RecentContactFlag} 0 or 1; every
   * {@code SendTime} not negative, not later than the client's clock, and not earlier than the
   * previous message's (equal seconds are allowed); every {@code Random} an unsigned 32-bit integer; every {@code MsgBody} holds at least
   * one element, at most one {@code TIMCustomElem}, and at most 12,288 bytes of JSON.
   *
   * @param request the group and its messages, in ascending {@code SendTime} order
   * @return every message's outcome, with the request as sent ({@code Random} filled in)
   * @throws NullPointerException if {@code request} is null
   * @throws TimValidationException if the request breaks a rule above; nothing was sent
   * @throws TimApiException if the server refused the whole request, for example 10007 for an
   *     AVChatRoom group or 10010 for a group that does not exist
   * @throws TimTransportException if no trustworthy answer arrived, retries included, or the
   *     answer does not hold one result per message
   */
  public ImportResult importGroupMsg(ImportGroupMsgRequest request) {
    return caller.call(importGroupMsgExchange(request));
  }

  /**
   * The asynchronous twin of {@link #importGroupMsg(ImportGroupMsgRequest)}: the same validation,
   * request and retries, without blocking the caller. Cancelling the future cancels the call in
   * flight.
   *
   * @param request the group and its messages, in ascending {@code SendTime} order
   * @return a future that completes with every message's outcome, or fails with the
   *     {@link TimValidationException}, {@link TimApiException} or {@link TimTransportException}
   *     the blocking method would throw
   * @throws NullPointerException if {@code request} is null
   */
  public CompletableFuture<ImportResult> importGroupMsgAsync(ImportGroupMsgRequest request) {
    return caller.callAsync(() -> importGroupMsgExchange(request));
  }

  /**
   * Imports up to 100 accounts, the first step of a migration:
   * {@code POST v4/im_open_login_svc/multiaccount_import}. The result pairs every account with its
   * outcome: the server lists the ones it did not import in {@code FailAccounts}. Re-importing an
   * account succeeds, so a retried call is harmless.
   *
   * <p>Validated before sending: the accounts are given either as {@code AccountList} or, in the
   * older shape, as {@code Accounts}, exactly one of them; 1 to 100 accounts, none empty, none
   * named twice.
   *
   * @param request the accounts
   * @return every account's outcome, see {@link AccountImportResult#requireAllImported()}
   * @throws NullPointerException if {@code request} is null
   * @throws TimValidationException if the request breaks a rule above; nothing was sent
   * @throws TimApiException if the server refused the whole request
   * @throws TimTransportException if no trustworthy answer arrived, retries included, or
   *     {@code FailAccounts} names an account that was not sent
   */
  public AccountImportResult multiaccountImport(MultiaccountImportRequest request) {
    return caller.call(multiaccountImportExchange(request));
  }

  /**
   * The asynchronous twin of {@link #multiaccountImport(MultiaccountImportRequest)}: the same
   * validation, request and retries, without blocking the caller. Cancelling the future cancels the
   * call in flight.
   *
   * @param request the accounts
   * @return a future that completes with every account's outcome, or fails with the
   *     {@link TimValidationException}, {@link TimApiException} or {@link TimTransportException}
   *     the blocking method would throw
   * @throws NullPointerException if {@code request} is null
   */
  public CompletableFuture<AccountImportResult> multiaccountImportAsync(MultiaccountImportRequest request) {
    return caller.callAsync(() -> multiaccountImportExchange(request));
  }

  /**
   * Imports a group as it existed in another system, with a past {@code CreateTime}:
   * {@code POST v4/group_open_http_svc/import_group}. Its history can then be imported, since the
   * server accepts only messages sent after the group's creation (and {@code create_group}
   * creates a group now). No callbacks fire and no notifications are sent. Without a
   * {@code GroupId} the request is not retried after an attempt whose outcome is unknown (a second
   * attempt could create a second group).
   *
   * <p>Validated before sending: {@code Type} is not AVChatRoom (the server would answer 10007);
   * {@code CreateTime} is not negative and not later than the client's clock.
   *
   * @param request the group
   * @return the answer, with the group's {@code GroupId}
   * @throws NullPointerException if {@code request} is null
   * @throws TimValidationException if the request breaks a rule above; nothing was sent
   * @throws TimApiException if the server answered an error code, for example 10021 for a custom
   *     {@code GroupId} that is taken
   * @throws TimTransportException if no trustworthy answer arrived, retries included
   */
  public ImportGroupResponse importGroup(ImportGroupRequest request) {
    return caller.call(checked(request, validation::check, groups::importGroup).repeatableIf(request.groupId().isPresent()));
  }

  /**
   * The asynchronous twin of {@link #importGroup(ImportGroupRequest)}: the same validation, request
   * and retries, without blocking the caller. Cancelling the future cancels the call in flight.
   *
   * @param request the group
   * @return a future that completes with the answer, with the group's {@code GroupId}, or fails
   *     with the {@link TimValidationException}, {@link TimApiException} or
   *     {@link TimTransportException} the blocking method would throw
   * @throws NullPointerException if {@code request} is null
   */
  public CompletableFuture<ImportGroupResponse> importGroupAsync(ImportGroupRequest request) {
    return caller.callAsync(() -> checked(request, validation::check, groups::importGroup).repeatableIf(request.groupId().isPresent()));
  }

  /**
   * Imports up to 20 members into a group, with their join times:
   * {@code POST v4/group_open_http_svc/import_group_member}. The result pairs every member with
   * its outcome: imported, already a member, or failed (for example for a {@code JoinTime} not
   * after the group's creation) while the others were imported.
   *
   * <p>Validated before sending: 1 to {@link Builder#maxMembersPerImport(int)} members (default
   * 20), none named twice; a {@code Role}, when given, is {@code Admin}; a {@code JoinTime} is not
   * negative and not later than the client's clock; an {@code UnreadMsgNum} is not negative.
   *
   * @param request the group and its members
   * @return every member's outcome, see {@link MemberImportResult#requireAllImported()}
   * @throws NullPointerException if {@code request} is null
   * @throws TimValidationException if the request breaks a rule above; nothing was sent
   * @throws TimApiException if the server refused the whole request, for example 10010 for a group
   *     that does not exist
   * @throws TimTransportException if no trustworthy answer arrived, retries included, or the
   *     answer does not hold exactly one result per member
   */
  public MemberImportResult importGroupMember(ImportGroupMemberRequest request) {
    return caller.call(importGroupMemberExchange(request));
  }

  /**
   * The asynchronous twin of {@link #importGroupMember(ImportGroupMemberRequest)}: the same
   * validation, request and retries, without blocking the caller. Cancelling the future cancels the
   * call in flight.
   *
   * @param request the group and its members
   * @return a future that completes with every member's outcome, or fails with the
   *     {@link TimValidationException}, {@link TimApiException} or {@link TimTransportException}
   *     the blocking method would throw
   * @throws NullPointerException if {@code request} is null
   */
  public CompletableFuture<MemberImportResult> importGroupMemberAsync(ImportGroupMemberRequest request) {
    return caller.callAsync(() -> importGroupMemberExchange(request));
  }

  /**
   * Sets one member's unread count in a group, after a migration's messages are in
   * ({@code import_group_msg} sets every count to 0):
   * {@code POST v4/group_open_http_svc/set_unread_msg_num}. The server caps the count at the
   * group's number of messages.
   *
   * <p>Validated before sending: {@code UnreadMsgNum} is not negative.
   *
   * @param request the group, the member and the count
   * @return the envelope of the successful answer
   * @throws NullPointerException if {@code request} is null
   * @throws TimValidationException if the request breaks the rule above; nothing was sent
   * @throws TimApiException if the server answered an error code, for example 10007 for an account
   *     that is not a member
   * @throws TimTransportException if no trustworthy answer arrived, retries included
   */
  public Envelope setUnreadMsgNum(SetUnreadMsgNumRequest request) {
    return caller.call(checked(request, validation::check, groups::setUnreadMsgNum));
  }

  /**
   * The asynchronous twin of {@link #setUnreadMsgNum(SetUnreadMsgNumRequest)}: the same validation,
   * request and retries, without blocking the caller. Cancelling the future cancels the call in
   * flight.
   *
   * @param request the group, the member and the count
   * @return a future that completes with the envelope of the successful answer, or fails with the
   *     {@link TimValidationException}, {@link TimApiException} or {@link TimTransportException}
   *     the blocking method would throw
   * @throws NullPointerException if {@code request} is null
   */
  public CompletableFuture<Envelope> setUnreadMsgNumAsync(SetUnreadMsgNumRequest request) {
    return caller.callAsync(() -> checked(request, validation::check, groups::setUnreadMsgNum));
  }

  /**
   * Imports one historical one-to-one message: {@code POST v4/openim/importmsg}. A missing
   * {@code MsgSeq} or {@code MsgRandom} is derived from the message (SHA-256 of its JSON): the server
   * stores a message once per conversation, {@code MsgSeq}, {@code MsgRandom} and
   * {@code MsgTimeStamp}, so neither a retry nor an equal request sent again can import it twice, and the result's {@link C2cImportResult#msgKey()} names it for
   * {@link #modifyC2cMsg(ModifyC2cMsgRequest)}.
   *
   * <p>Validated before sending: {@code SyncFromOldSystem} is 1, 2 or 5; {@code MsgSeq} and
   * {@code MsgRandom}, when given, are unsigned 32-bit integers; {@code MsgTimeStamp} is not
   * negative and not later than the client's clock; the {@code MsgBody} holds at least one element, at most one
   * {@code TIMCustomElem}, and at most 12,288 bytes of JSON.
   *
   * @param request the message, its sender and its receiver
   * @return the request as sent and the message's {@code MsgKey}
   * @throws NullPointerException if {@code request} is null
   * @throws TimValidationException if the request breaks a rule above; nothing was sent
   * @throws TimApiException if the server answered an error code, for example 93000 for a body
   *     over 8 KB
   * @throws TimTransportException if no trustworthy answer arrived, retries included
   */
  public C2cImportResult importC2cMsg(ImportC2cMsgRequest request) {
    return caller.call(importC2cMsgExchange(request));
  }

  /**
   * The asynchronous twin of {@link #importC2cMsg(ImportC2cMsgRequest)}: the same validation,
   * request and retries, without blocking the caller. Cancelling the future cancels the call in
   * flight.
   *
   * @param request the message, its sender and its receiver
   * @return a future that completes with the request as sent and the message's {@code MsgKey}, or
   *     fails with the {@link TimValidationException}, {@link TimApiException} or
   *     {@link TimTransportException} the blocking method would throw
   * @throws NullPointerException if {@code request} is null
   */
  public CompletableFuture<C2cImportResult> importC2cMsgAsync(ImportC2cMsgRequest request) {
    return caller.callAsync(() -> importC2cMsgExchange(request));
  }

  private ImportC2cMsgRequest prepareC2cImport(ImportC2cMsgRequest request) {
    validation.check(Objects.requireNonNull(request, "request"));
    return derivedIds.withMsgSeqAndRandom(request);
  }


  /**
   * Imports an account so that it can send and receive messages and own or join groups:
   * {@code POST v4/im_open_login_svc/account_import}. Importing an account that exists already
   * succeeds, so a retried call is harmless. The request is checked against the spec's
   * constraints first ({@link AccountImportRequest#validate()}: a {@code UserID} of 1 to 32 bytes).
   *
   * @param request the account
   * @return the envelope of the successful answer
   * @throws NullPointerException if {@code request} is null
   * @throws TimValidationException if the request breaks a constraint of the spec; nothing was sent
   * @throws TimApiException if the server answered an error code, for example 70402 for an invalid
   *     {@code UserID}
   * @throws TimTransportException if no trustworthy answer arrived, retries included
   */
  public Envelope accountImport(AccountImportRequest request) {
    return caller.call(checked(request, validation::check, accounts::accountImport));
  }

  /**
   * The asynchronous twin of {@link #accountImport(AccountImportRequest)}: the same validation,
   * request and retries, without blocking the caller. Cancelling the future cancels the call in
   * flight.
   *
   * @param request the account
   * @return a future that completes with the envelope of the successful answer, or fails with the
   *     {@link TimValidationException}, {@link TimApiException} or {@link TimTransportException} the
   *     blocking method would throw
   * @throws NullPointerException if {@code request} is null
   */
  public CompletableFuture<Envelope> accountImportAsync(AccountImportRequest request) {
    return caller.callAsync(() -> checked(request, validation::check, accounts::accountImport));
  }

  /**
   * Creates a group: {@code POST v4/group_open_http_svc/create_group}. Without a {@code GroupId}
   * the server generates one (like {@code @TGS#2J4SZEAEL}), so such a request is not retried after
   * an attempt whose outcome is unknown (a second attempt could create a second group); with one,
   * a retry that finds the group made answers 10021. The request is checked against the spec's
   * constraints first ({@link CreateGroupRequest#validate()}: the {@code Type}, a {@code Name} of
   * 1 to 30 bytes, a {@code MaxMemberCount} of at least 1, ...).
   *
   * @param request the new group
   * @return the answer, with the group's {@code GroupId}
   * @throws NullPointerException if {@code request} is null
   * @throws TimValidationException if the request breaks a constraint of the spec; nothing was sent
   * @throws TimApiException if the server answered an error code, for example 10021 for a custom
   *     {@code GroupId} that is taken or 10019 for an owner or member that was never imported
   * @throws TimTransportException if no trustworthy answer arrived, retries included
   */
  public CreateGroupResponse createGroup(CreateGroupRequest request) {
    return caller.call(checked(request, validation::check, groups::createGroup).repeatableIf(request.groupId().isPresent()));
  }

  /**
   * The asynchronous twin of {@link #createGroup(CreateGroupRequest)}: the same validation, request
   * and retries, without blocking the caller. Cancelling the future cancels the call in flight.
   *
   * @param request the new group
   * @return a future that completes with the answer, with the group's {@code GroupId}, or fails
   *     with the {@link TimValidationException}, {@link TimApiException} or
   *     {@link TimTransportException} the blocking method would throw
   * @throws NullPointerException if {@code request} is null
   */
  public CompletableFuture<CreateGroupResponse> createGroupAsync(CreateGroupRequest request) {
    return caller.callAsync(() -> checked(request, validation::check, groups::createGroup).repeatableIf(request.groupId().isPresent()));
  }

  /**
   * Sends a message to a group: {@code POST v4/group_open_http_svc/send_group_msg}. The server
   * assigns its {@code MsgSeq}; a second message with the same {@code Random} in the same group
   * within five minutes is discarded as a duplicate, so a retried call cannot send it twice. A
   * missing {@code Random} is drawn at random before the first attempt (every retry repeats it;
   * the request as sent is on a {@link TimTransportException}).
   *
   * <p>Validated before sending: {@code Random} is an unsigned 32-bit integer; the {@code MsgBody}
   * holds at least one element, at most one {@code TIMCustomElem}, and at most 12,288 bytes of JSON.
   *
   * @param request the group and the message
   * @return the answer, with the message's {@code MsgSeq} and {@code MsgTime}
   * @throws NullPointerException if {@code request} is null
   * @throws TimValidationException if the request breaks a rule above; nothing was sent
   * @throws TimApiException if the server answered an error code, for example 10010 for a group
   *     that does not exist
   * @throws TimTransportException if no trustworthy answer arrived, retries included
   */
  public SendGroupMsgResponse sendGroupMsg(SendGroupMsgRequest request) {
    return caller.call(Exchange.of(groupMessages.sendGroupMsg(prepareSendGroupMsg(request))));
  }

  /**
   * The asynchronous twin of {@link #sendGroupMsg(SendGroupMsgRequest)}: the same validation,
   * request and retries, without blocking the caller. Cancelling the future cancels the call in
   * flight.
   *
   * @param request the group and the message
   * @return a future that completes with the answer, with the message's {@code MsgSeq}, or fails
   *     with the {@link TimValidationException}, {@link TimApiException} or
   *     {@link TimTransportException} the blocking method would throw
   * @throws NullPointerException if {@code request} is null
   */
  public CompletableFuture<SendGroupMsgResponse> sendGroupMsgAsync(SendGroupMsgRequest request) {
    return caller.callAsync(() -> Exchange.of(groupMessages.sendGroupMsg(prepareSendGroupMsg(request))));
  }

  /**
   * Pulls up to 20 messages of a group, newest first:
   * {@code POST v4/group_open_http_svc/group_msg_get_simple}. To page backwards, ask again with
   * {@code ReqMsgSeq} set to the smallest {@code MsgSeq} received minus one.
   *
   * <p>Validated before sending: {@code ReqMsgNumber} is 1 to 20.
   *
   * @param request the group and which messages to pull
   * @return the answer, with the messages and whether older ones remain ({@code IsFinished})
   * @throws NullPointerException if {@code request} is null
   * @throws TimValidationException if the request breaks the rule above; nothing was sent
   * @throws TimApiException if the server answered an error code, for example 10010 for a group
   *     that does not exist
   * @throws TimTransportException if no trustworthy answer arrived, retries included
   */
  public GroupMsgGetSimpleResponse groupMsgGetSimple(GroupMsgGetSimpleRequest request) {
    return caller.call(checked(request, validation::check, groupMessages::groupMsgGetSimple));
  }

  /**
   * The asynchronous twin of {@link #groupMsgGetSimple(GroupMsgGetSimpleRequest)}: the same
   * validation, request and retries, without blocking the caller. Cancelling the future cancels the
   * call in flight.
   *
   * @param request the group and which messages to pull
   * @return a future that completes with the answer, with the messages, or fails with the
   *     {@link TimValidationException}, {@link TimApiException} or {@link TimTransportException}
   *     the blocking method would throw
   * @throws NullPointerException if {@code request} is null
   */
  public CompletableFuture<GroupMsgGetSimpleResponse> groupMsgGetSimpleAsync(GroupMsgGetSimpleRequest request) {
    return caller.callAsync(() -> checked(request, validation::check, groupMessages::groupMsgGetSimple));
  }

  /**
   * Sends a one-to-one message: {@code POST v4/openim/sendmsg}. The answer's {@code MsgKey}
   * identifies the message for {@link #modifyC2cMsg(ModifyC2cMsgRequest)}. A missing
   * {@code MsgSeq} or {@code MsgRandom} is chosen by the client before the first attempt: the server de-duplicates on
   * sender, {@code MsgSeq}, {@code MsgRandom} and content, so a retry cannot send it twice.
   *
   * <p>Validated before sending: {@code MsgRandom} is an unsigned 32-bit integer; the
   * {@code MsgBody} holds at least one element, at most one {@code TIMCustomElem}, and at most
   * 12,288 bytes of JSON.
   *
   * @param request the message, its sender and its receiver
   * @return the answer, with the message's {@code MsgKey} and {@code MsgTime}
   * @throws NullPointerException if {@code request} is null
   * @throws TimValidationException if the request breaks a rule above; nothing was sent
   * @throws TimApiException if the server answered an error code, for example 20003 for a sender
   *     or receiver that was never imported
   * @throws TimTransportException if no trustworthy answer arrived, retries included
   */
  public SendMsgResponse sendMsg(SendMsgRequest request) {
    return caller.call(Exchange.of(c2cMessages.sendMsg(prepareSendMsg(request))));
  }

  /**
   * The asynchronous twin of {@link #sendMsg(SendMsgRequest)}: the same validation, request and
   * retries, without blocking the caller. Cancelling the future cancels the call in flight.
   *
   * @param request the message, its sender and its receiver
   * @return a future that completes with the answer, with the message's {@code MsgKey}, or fails
   *     with the {@link TimValidationException}, {@link TimApiException} or
   *     {@link TimTransportException} the blocking method would throw
   * @throws NullPointerException if {@code request} is null
   */
  public CompletableFuture<SendMsgResponse> sendMsgAsync(SendMsgRequest request) {
    return caller.callAsync(() -> Exchange.of(c2cMessages.sendMsg(prepareSendMsg(request))));
  }

  /**
   * A message sent now has no time of its own, and two equal messages are two messages: its
   * missing {@code MsgSeq} and {@code MsgRandom} are drawn at random (once: every retry repeats
   * them), not derived like an import's.
   */
  private SendMsgRequest prepareSendMsg(SendMsgRequest request) {
    validation.check(Objects.requireNonNull(request, "request"));
    if (request.msgSeq().isPresent() && request.msgRandom().isPresent()) {
      return request;
    }
    SendMsgRequest.Builder prepared = request.toBuilder();
    if (request.msgSeq().isEmpty()) {
      prepared.msgSeq(Uint32.random());
    }
    if (request.msgRandom().isEmpty()) {
      prepared.msgRandom(Uint32.random());
    }
    return prepared.build();
  }

  /** Like {@link #prepareSendMsg}: a missing {@code Random} is drawn at random, once. */
  private SendGroupMsgRequest prepareSendGroupMsg(SendGroupMsgRequest request) {
    validation.check(Objects.requireNonNull(request, "request"));
    return request.random().isPresent() ? request : request.toBuilder().random(Uint32.random()).build();
  }

  /**
   * Queries one page of a one-to-one conversation, both directions:
   * {@code POST v4/openim/admin_getroammsg}. A page holds the newest {@code MaxCnt} messages sent
   * in {@code MinTime..MaxTime}; while {@code Complete} is 0, ask again with {@code LastMsgKey} and
   * {@code MaxTime} set to the answer's {@code LastMsgKey} and {@code LastMsgTime}.
   *
   * <p>Validated before sending: the two accounts are named either {@code Operator_Account} and
   * {@code Peer_Account} or {@code From_Account} and {@code To_Account}, one complete pair and not
   * both; {@code MinTime} is not later than {@code MaxTime}.
   *
   * @param request the two accounts, the time range and the page size
   * @return the answer, with the page's messages and where the next page starts
   * @throws NullPointerException if {@code request} is null
   * @throws TimValidationException if the request breaks a rule above; nothing was sent
   * @throws TimApiException if the server answered an error code, for example 20003 for an account
   *     that was never imported
   * @throws TimTransportException if no trustworthy answer arrived, retries included
   */
  public AdminGetRoamMsgResponse adminGetRoamMsg(AdminGetRoamMsgRequest request) {
    return caller.call(checked(request, validation::check, c2cMessages::adminGetRoamMsg));
  }

  /**
   * The asynchronous twin of {@link #adminGetRoamMsg(AdminGetRoamMsgRequest)}: the same validation,
   * request and retries, without blocking the caller. Cancelling the future cancels the call in
   * flight.
   *
   * @param request the two accounts, the time range and the page size
   * @return a future that completes with the answer, with the page's messages, or fails with the
   *     {@link TimValidationException}, {@link TimApiException} or {@link TimTransportException}
   *     the blocking method would throw
   * @throws NullPointerException if {@code request} is null
   */
  public CompletableFuture<AdminGetRoamMsgResponse> adminGetRoamMsgAsync(AdminGetRoamMsgRequest request) {
    return caller.callAsync(() -> checked(request, validation::check, c2cMessages::adminGetRoamMsg));
  }

  /**
   * A group's whole history, newest first, fetched page by page as the stream is consumed:
   * {@code group_msg_get_simple} with 20 messages a call, each page asking for the messages before
   * the previous page's oldest ({@code ReqMsgSeq} = its smallest {@code MsgSeq} minus one). Nothing
   * is fetched until the stream's terminal operation asks for a message, and a page only when the
   * messages already fetched are used up, so {@code groupMessages(id).limit(5)} makes one call.
   *
   * <p>The stream ends after a page with {@code IsFinished} 1 (no older message) or 2 (the older
   * messages have expired), an empty page, or the message with {@code MsgSeq} 1. Deleted or
   * expired messages are in the stream as placeholders ({@code isPlaceMsg()} 1); recalled ones
   * are left out, as the single call leaves them out (see
   * {@link #groupMessages(GroupMsgGetSimpleRequest)} to include them). A message sent while the
   * stream is consumed is not in it. Like any stream, it is consumed once; each call of this
   * method starts a new walk from the newest message.
   *
   * <pre>{@code
   * client.groupMessages(groupId)
   *     .filter(m -> m.isPlaceMsg().orElse(0) == 0)   // leave out deleted and expired ones
   *     .limit(100)                                     // at most 5 calls
   *     .forEach(m -> ...);
   * }</pre>
   *
   * @param groupId the group
   * @return the messages, newest first; a terminal operation throws the
   *     {@link TimApiException} or {@link TimTransportException} that
   *     {@link #groupMsgGetSimple(GroupMsgGetSimpleRequest)} throws for the failing page, unwrapped
   *     (for example 10010 for a group that does not exist)
   * @throws NullPointerException if {@code groupId} is null
   * @throws TimValidationException if the first page's request breaks a rule of
   *     {@link #groupMsgGetSimple(GroupMsgGetSimpleRequest)}; nothing was sent
   */
  public Stream<GroupMsg> groupMessages(String groupId) {
    return groupMessages(GroupHistory.wholeHistory(Objects.requireNonNull(groupId, "groupId")));
  }

  /**
   * A group's history from the page {@code firstPage} asks for, newest first, fetched lazily like
   * {@link #groupMessages(String)}: each following page repeats {@code firstPage} ({@code
   * ReqMsgNumber} as the page size, {@code WithRecalledMsg}, {@code TopicId}) with {@code
   * ReqMsgSeq} moved below the previous page. Set {@code ReqMsgSeq} to start below a known
   * message.
   *
   * @param firstPage the request of the first page
   * @return the messages, newest first; a terminal operation throws the
   *     {@link TimApiException} or {@link TimTransportException} of the failing page, unwrapped
   * @throws NullPointerException if {@code firstPage} is null
   * @throws TimValidationException if {@code firstPage} breaks a rule of
   *     {@link #groupMsgGetSimple(GroupMsgGetSimpleRequest)}; nothing was sent
   */
  public Stream<GroupMsg> groupMessages(GroupMsgGetSimpleRequest firstPage) {
    validation.check(Objects.requireNonNull(firstPage, "firstPage"));
    return GroupHistory.messages(firstPage, this::groupMsgGetSimple);
  }

  /**
   * The messages between two accounts (both directions) sent in {@code minTime..maxTime}, newest
   * first, fetched page by page as the stream is consumed: {@code admin_getroammsg} with up to 100
   * messages a call; while an answer says {@code Complete} 0, the next call continues from its
   * {@code LastMsgKey} and {@code LastMsgTime}, so messages sent in the same second are neither
   * repeated nor skipped at a page boundary. Nothing is fetched until the stream's terminal
   * operation asks for a message, and a page only when the messages already fetched are used up.
   * Recalled messages are included, marked by {@code msgFlagBits()}.
   *
   * @param operatorAccount the account from whose side the conversation is read
   *     ({@code Operator_Account})
   * @param peerAccount the other account ({@code Peer_Account})
   * @param minTime the earliest send time, Unix seconds, inclusive
   * @param maxTime the latest send time, Unix seconds, inclusive
   * @return the messages, newest first; a terminal operation throws the
   *     {@link TimApiException} or {@link TimTransportException} that
   *     {@link #adminGetRoamMsg(AdminGetRoamMsgRequest)} throws for the failing page, unwrapped
   *     (for example 20003 for an account that was never imported)
   * @throws NullPointerException if an account is null
   * @throws TimValidationException if {@code minTime} is later than {@code maxTime}; nothing was
   *     sent
   */
  public Stream<C2cMsg> conversationMessages(String operatorAccount, String peerAccount, long minTime, long maxTime) {
    return conversationMessages(ConversationHistory.range(
        Objects.requireNonNull(operatorAccount, "operatorAccount"), Objects.requireNonNull(peerAccount, "peerAccount"),
        minTime, maxTime));
  }

  /**
   * A one-to-one conversation from the page {@code firstPage} asks for, newest first, fetched
   * lazily like {@link #conversationMessages(String, String, long, long)}: each following page
   * repeats {@code firstPage} ({@code MaxCnt} as the page size) with {@code MaxTime} and
   * {@code LastMsgKey} taken from the previous answer.
   *
   * @param firstPage the request of the first page
   * @return the messages, newest first; a terminal operation throws the
   *     {@link TimApiException} or {@link TimTransportException} of the failing page, unwrapped
   * @throws NullPointerException if {@code firstPage} is null
   * @throws TimValidationException if {@code firstPage} breaks a rule of
   *     {@link #adminGetRoamMsg(AdminGetRoamMsgRequest)}; nothing was sent
   */
  public Stream<C2cMsg> conversationMessages(AdminGetRoamMsgRequest firstPage) {
    validation.check(Objects.requireNonNull(firstPage, "firstPage"));
    return ConversationHistory.messages(firstPage, this::adminGetRoamMsg);
  }

  /** A validated request and its call, whose result is the answer itself. */
  private static <Q, T extends TimAnswer<T>> Exchange<T, T> checked(
      Q request, Consumer<Q> check, Function<Q, Call<T>> operation) {
    check.accept(Objects.requireNonNull(request, "request"));
    return Exchange.of(operation.apply(request));
  }

  private Exchange<ImportGroupMsgResponse, ImportResult> importGroupMsgExchange(ImportGroupMsgRequest request) {
    ImportGroupMsgRequest prepared = prepareImport(request);
    return Exchange.of(groupMessages.importGroupMsg(prepared),
        (answer, attempt) -> ImportResult.of(attempt, prepared, answer));
  }

  private Exchange<MultiaccountImportResponse, AccountImportResult> multiaccountImportExchange(
      MultiaccountImportRequest request) {
    validation.check(Objects.requireNonNull(request, "request"));
    return Exchange.of(accounts.multiaccountImport(request),
        (answer, attempt) -> AccountImportResult.of(attempt, request, answer));
  }

  private Exchange<ImportGroupMemberResponse, MemberImportResult> importGroupMemberExchange(
      ImportGroupMemberRequest request) {
    validation.check(Objects.requireNonNull(request, "request"));
    return Exchange.of(groups.importGroupMember(request),
        (answer, attempt) -> MemberImportResult.of(attempt, request, answer));
  }

  private Exchange<Envelope, C2cImportResult> importC2cMsgExchange(ImportC2cMsgRequest request) {
    ImportC2cMsgRequest prepared = prepareC2cImport(request);
    return Exchange.of(c2cMessages.importC2cMsg(prepared), (answer, attempt) -> new C2cImportResult(prepared, attempt));
  }

  private ImportGroupMsgRequest prepareImport(ImportGroupMsgRequest request) {
    validation.check(Objects.requireNonNull(request, "request"));
    return derivedIds.withRandoms(request);
  }

  /**
   * The base URL requests go to (the region's primary host, or the custom base URL); while the
   * primary host cannot be reached, requests go to the backup instead.
   *
   * @return the base URL with its final slash, for example {@code https://adminapisgp.im.qcloud.com/}
   */
  public String baseUrl() {
    return baseUrl.toString();
  }

  /**
   * Releases the connection pool and the dispatcher's threads, unless the {@link OkHttpClient} was
   * supplied with {@link Builder#okHttpClient(OkHttpClient)} (its owner releases it). Call it when
   * the client is no longer used; calls running at that moment may still complete.
   */
  @Override
  public void close() {
    if (ownsHttpClient) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "TimRestClient[sdkAppId=" + sdkAppId + ", adminIdentifier=" + adminIdentifier + ", baseUrl=" + baseUrl + "]";
  }

  /**
   * Configures a {@link TimRestClient}. Each setter checks its argument at once
   * ({@link NullPointerException} for null, {@link IllegalArgumentException} naming the setting for
   * a bad value); {@link #build()} checks that the required settings are present. Not thread-safe.
   * {@link #toString()} never shows the secret key.
   */
  public static final class Builder {
    /** The server gives up after about 3 s; a shorter read timeout would abandon calls it still answers. */
    static final Duration SERVER_TIMEOUT = Duration.ofSeconds(3);
    /** 4 MiB: far above the largest documented answer (20 messages of group_msg_get_simple, each at most 12 KB). */
    static final long DEFAULT_MAX_RESPONSE_SIZE = 4L << 20;

    private long sdkAppId;
    private String adminIdentifier;
    private String secretKey;
    private Supplier<String> userSigSupplier;
    private Duration userSigValidity = Duration.ofDays(1);
    private HttpUrl baseUrl;
    private HttpUrl backupBaseUrl;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration readTimeout = Duration.ofSeconds(10);
    private Duration callTimeout;
    private long maxResponseSize = DEFAULT_MAX_RESPONSE_SIZE;
    private OkHttpClient okHttpClient;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private RateLimit rateLimit;
    private Clock clock = Clock.systemUTC();
    private int maxMembersPerImport = RequestValidation.DEFAULT_MAX_MEMBERS_PER_IMPORT;
    private TimRestListener listener = new CallEvents.NoListener();

    private Builder() {
    }

    /**
     * The app's SDKAppID, from the Chat console (required).
     *
     * @param sdkAppId the SDKAppID, greater than 0
     * @return this builder
     * @throws IllegalArgumentException if {@code sdkAppId} is not positive
     */
    public Builder sdkAppId(long sdkAppId) {
      this.sdkAppId = AppIdentity.requireSdkAppId(sdkAppId);
      return this;
    }

    /**
     * The App admin account the client acts as (required): the {@code identifier} of every request
     * and the account its UserSig is signed for.
     *
     * @param adminIdentifier the admin's UserID, not empty
     * @return this builder
     * @throws NullPointerException if {@code adminIdentifier} is null
     * @throws IllegalArgumentException if {@code adminIdentifier} is empty
     */
    public Builder adminIdentifier(String adminIdentifier) {
      this.adminIdentifier = AppIdentity.requireAccount(adminIdentifier, "adminIdentifier");
      return this;
    }

    /**
     * The app's secret key, with which the client signs its own UserSig (see {@link UserSig}). Set
     * exactly one of this and {@link #userSigSupplier(Supplier)}. The key is never logged, printed
     * or put in an exception message.
     *
     * @param secretKey the key from the Chat console, not empty
     * @return this builder
     * @throws NullPointerException if {@code secretKey} is null
     * @throws IllegalArgumentException if {@code secretKey} is empty
     */
    public Builder secretKey(String secretKey) {
      this.secretKey = AppIdentity.requireSecretKey(secretKey);
      return this;
    }

    /**
     * Where UserSigs come from instead of a secret key, for example a signing service. Set exactly
     * one of this and {@link #secretKey(String)}. The supplier is called for the first request, when
     * the current UserSig is about to expire (its expiry read from the UserSig itself) and when the
     * server rejects it as expired or invalidated; never per request. A supplier that throws, or
     * returns null or an empty string, fails the call that needed a UserSig.
     *
     * @param userSigSupplier gives UserSigs signed for the App admin; may be called from any thread
     * @return this builder
     * @throws NullPointerException if {@code userSigSupplier} is null
     */
    public Builder userSigSupplier(Supplier<String> userSigSupplier) {
      this.userSigSupplier = Objects.requireNonNull(userSigSupplier, "userSigSupplier");
      return this;
    }

    /**
     * How long each UserSig the client signs is valid (default 1 day); the client signs a new one
     * when 90% of that time has passed. Ignored with a {@link #userSigSupplier(Supplier)}.
     *
     * @param userSigValidity the validity, at least 1 minute
     * @return this builder
     * @throws NullPointerException if {@code userSigValidity} is null
     * @throws IllegalArgumentException if {@code userSigValidity} is shorter than 1 minute
     */
    public Builder userSigValidity(Duration userSigValidity) {
      Objects.requireNonNull(userSigValidity, "userSigValidity");
      if (userSigValidity.compareTo(Duration.ofMinutes(1)) < 0) {
        throw new IllegalArgumentException("userSigValidity must be at least 1 minute, was " + userSigValidity);
      }
      this.userSigValidity = userSigValidity;
      return this;
    }

    /**
     * The data centre of the app (its SDKAppID only works on that region's hosts; others answer
     * 70016 or 70020). Requests go to the region's primary host, and to its backup host while the
     * primary cannot be reached. Replaces an earlier {@link #baseUrl(String)}.
     *
     * @param region the app's region
     * @return this builder
     * @throws NullPointerException if {@code region} is null
     */
    public Builder region(Region region) {
      Objects.requireNonNull(region, "region");
      this.baseUrl = HttpUrl.get(region.baseUrl());
      this.backupBaseUrl = HttpUrl.get(region.backupBaseUrl());
      return this;
    }

    /**
     * A custom base URL instead of a {@link #region(Region)}, without a backup host. It must be
     * absolute {@code https}, or plain {@code http} to a loopback host ({@code localhost},
     * {@code 127.0.0.0/8}, {@code [::1]}: the emulator, a test server), since every request carries
     * the UserSig in its query; it must not have user info, a query or a fragment. A final
     * {@code /} is added when missing.
     *
     * @param baseUrl the base URL, for example {@code https://adminapisgp.im.qcloud.com/}
     * @return this builder
     * @throws NullPointerException if {@code baseUrl} is null
     * @throws IllegalArgumentException if {@code baseUrl} breaks a rule above; the message says
     *     which, without quoting the URL
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = BaseUrls.requireSafe(Objects.requireNonNull(baseUrl, "baseUrl"));
      this.backupBaseUrl = null;
      return this;
    }

    /**
     * A custom base URL and a backup used while the first cannot be reached (name not resolved,
     * connection refused: nothing was sent). Both follow the rules of {@link #baseUrl(String)}.
     *
     * @param baseUrl the primary base URL
     * @param backupBaseUrl the base URL to fall back to
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a URL breaks a rule of {@link #baseUrl(String)}
     */
    public Builder baseUrl(String baseUrl, String backupBaseUrl) {
      baseUrl(baseUrl);
      this.backupBaseUrl = BaseUrls.requireSafe(Objects.requireNonNull(backupBaseUrl, "backupBaseUrl"));
      return this;
    }

    /**
     * How long to wait for a connection (default 5 s).
     *
     * @param connectTimeout the timeout, positive
     * @return this builder
     * @throws NullPointerException if {@code connectTimeout} is null
     * @throws IllegalArgumentException if {@code connectTimeout} is zero or negative
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = requirePositive(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * How long to wait for data of an answer, also used as the write timeout (default 10 s). It
     * must be longer than the server's own timeout of about 3 s, or the client would abandon calls
     * the server still answers.
     *
     * @param readTimeout the timeout, longer than 3 s
     * @return this builder
     * @throws NullPointerException if {@code readTimeout} is null
     * @throws IllegalArgumentException if {@code readTimeout} is 3 s or shorter
     */
    public Builder readTimeout(Duration readTimeout) {
      requirePositive(readTimeout, "readTimeout");
      if (readTimeout.compareTo(SERVER_TIMEOUT) <= 0) {
        throw new IllegalArgumentException(
            "readTimeout must be longer than the server's 3 s timeout, was " + readTimeout);
      }
      this.readTimeout = readTimeout;
      return this;
    }

    /**
     * How long one attempt may take in all, from resolving the host to the last byte of the answer
     * (default: the connect timeout plus twice the read timeout, one for writing the request and
     * one for reading the answer). An answer that trickles in, a byte within every read timeout, is
     * cut off here. Each retry has the same time again.
     *
     * @param callTimeout the timeout, positive
     * @return this builder
     * @throws NullPointerException if {@code callTimeout} is null
     * @throws IllegalArgumentException if {@code callTimeout} is zero or negative
     */
    public Builder callTimeout(Duration callTimeout) {
      this.callTimeout = requirePositive(callTimeout, "callTimeout");
      return this;
    }

    /**
     * The most bytes an answer may have, counted as decoded (after gzip), default 4 MiB, far above
     * the API's largest documented answer. A larger answer fails with
     * {@link TimTransportException} as soon as the limit is passed, so that a small compressed
     * answer cannot inflate into memory.
     *
     * @param maxResponseSize the limit in bytes, at least 1 KiB
     * @return this builder
     * @throws IllegalArgumentException if {@code maxResponseSize} is less than 1024
     */
    public Builder maxResponseSize(long maxResponseSize) {
      if (maxResponseSize < 1024) {
        throw new IllegalArgumentException("maxResponseSize must be at least 1024 bytes, was " + maxResponseSize);
      }
      this.maxResponseSize = maxResponseSize;
      return this;
    }

    Duration callTimeout() {
      return callTimeout != null ? callTimeout : connectTimeout.plus(readTimeout).plus(readTimeout);
    }

    /**
     * An {@link OkHttpClient} whose connection pool and dispatcher the client shares (default: a
     * client of its own). The timeouts of this builder still apply, and the client adds its own
     * interceptors and never follows redirects; {@link TimRestClient#close()} then leaves the shared
     * client open.
     *
     * @param okHttpClient the client to share
     * @return this builder
     * @throws NullPointerException if {@code okHttpClient} is null
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
      return this;
    }

    /**
     * Paces the calls this client starts (default: none, every call starts at once). With
     * {@link RateLimit#documented()}, the calls of each operation, retries included and from all
     * threads together, are spaced to stay under the service's documented limit, so that a
     * migration with many workers is not refused with 60007. A call waits for its turn before it
     * is sent.
     *
     * @param rateLimit the calls per second per operation
     * @return this builder
     */
    public Builder rateLimit(RateLimit rateLimit) {
      this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit");
      return this;
    }

    /**
     * How failures are retried (default {@link RetryPolicy#defaults()}; {@link RetryPolicy#none()}
     * makes one attempt only).
     *
     * @param retryPolicy the policy
     * @return this builder
     * @throws NullPointerException if {@code retryPolicy} is null
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * The time source for signing UserSigs, renewing them, and checking that the times of imports
     * ({@code SendTime}, {@code CreateTime}, {@code JoinTime}, {@code MsgTimeStamp}) are not in the
     * future (default: {@link Clock#systemUTC()}).
     *
     * @param clock the clock
     * @return this builder
     * @throws NullPointerException if {@code clock} is null
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How many members one {@code import_group_member} call may carry (default 20, the newest
     * documented limit; older pages say 100 to 500). A larger request is refused before I/O.
     *
     * @param maxMembersPerImport the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code maxMembersPerImport} is less than 1
     */
    public Builder maxMembersPerImport(int maxMembersPerImport) {
      if (maxMembersPerImport < 1) {
        throw new IllegalArgumentException("maxMembersPerImport must be positive, was " + maxMembersPerImport);
      }
      this.maxMembersPerImport = maxMembersPerImport;
      return this;
    }

    /**
     * Observes every call: start, attempts, retries with their delay and reason, UserSig renewals,
     * failovers and the end with its duration, attempts and outcome. The same events are logged at
     * DEBUG on the {@code io.timrest} {@link System.Logger}, with or without a listener.
     *
     * @param listener the listener; it must be quick and thread-safe
     * @return this builder
     * @throws NullPointerException if {@code listener} is null
     */
    public Builder listener(TimRestListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    private static Duration requirePositive(Duration duration, String name) {
      Objects.requireNonNull(duration, name);
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + duration);
      }
      return duration;
    }

    /**
     * Builds the client. It opens no connection yet.
     *
     * @return the new client
     * @throws IllegalStateException if the SDKAppID, the App admin, or a region or base URL is
     *     missing, or not exactly one of a secret key and a UserSig supplier is set
     */
    public TimRestClient build() {
      if (sdkAppId == 0) {
        throw new IllegalStateException("sdkAppId is required");
      }
      if (adminIdentifier == null) {
        throw new IllegalStateException("adminIdentifier is required");
      }
      if ((secretKey == null) == (userSigSupplier == null)) {
        throw new IllegalStateException("exactly one of secretKey and userSigSupplier is required");
      }
      if (baseUrl == null) {
        throw new IllegalStateException("region or baseUrl is required");
      }
      return new TimRestClient(this);
    }

    @Override
    public String toString() {
      return "TimRestClient.Builder[sdkAppId=" + sdkAppId + ", adminIdentifier=" + adminIdentifier
          + ", baseUrl=" + baseUrl + ", secretKey=" + (secretKey == null ? "unset" : "set") + "]";
    }
  }
}
