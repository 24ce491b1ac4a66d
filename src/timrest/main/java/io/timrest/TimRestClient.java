package io.timrest;

import com.squareup.moshi.Moshi;
import io.timrest.auth.AppIdentity;
import io.timrest.auth.CachedUserSig;
import io.timrest.auth.QueryAuthentication;
import io.timrest.internal.api.AccountsApi;
import io.timrest.internal.api.C2cMessagesApi;
import io.timrest.internal.api.GroupMessagesApi;
import io.timrest.internal.api.GroupsApi;
import io.timrest.model.AccountImportRequest;
import io.timrest.model.AdminGetRoamMsgRequest;
import io.timrest.model.AdminGetRoamMsgResponse;
import io.timrest.model.CreateGroupRequest;
import io.timrest.model.CreateGroupResponse;
import io.timrest.model.Envelope;
import io.timrest.model.GroupMsgGetSimpleRequest;
import io.timrest.model.GroupMsgGetSimpleResponse;
import io.timrest.model.ImportC2cMsgRequest;
import io.timrest.model.ImportGroupMemberRequest;
import io.timrest.model.ImportGroupMemberResponse;
import io.timrest.model.ImportGroupMsgRequest;
import io.timrest.model.ImportGroupRequest;
import io.timrest.model.ImportGroupResponse;
import io.timrest.model.ImportMsg;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
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
 */
public final class TimRestClient implements AutoCloseable {
  /** Client-chosen {@code Random} (import) and {@code MsgSeq} (sendmsg) values are unsigned 32-bit. */
  private static final long RANDOM_BOUND = 1L << 32;

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
  private final CallExecutor executor;

  private TimRestClient(Builder builder) {
    this.sdkAppId = builder.sdkAppId;
    this.adminIdentifier = builder.adminIdentifier;
    this.baseUrl = builder.baseUrl;
    CachedUserSig userSig = builder.userSigSupplier != null
        ? CachedUserSig.supplied(builder.userSigSupplier, builder.clock)
        : CachedUserSig.signing(sdkAppId, builder.secretKey, adminIdentifier, builder.userSigValidity, builder.clock);
    this.ownsHttpClient = builder.okHttpClient == null;
    OkHttpClient base = ownsHttpClient ? new OkHttpClient.Builder().dispatcher(allToOneHost()).build() : builder.okHttpClient;
    OkHttpClient.Builder httpBuilder = base.newBuilder()
        .addInterceptor(new QueryAuthentication(sdkAppId, adminIdentifier, userSig))
        .connectTimeout(builder.connectTimeout)
        .readTimeout(builder.readTimeout)
        .writeTimeout(builder.readTimeout);
    if (builder.backupBaseUrl != null) {
      httpBuilder.addInterceptor(new HostFailover(baseUrl, builder.backupBaseUrl, builder.clock));
    }
    this.http = httpBuilder.build();
    Moshi moshi = new Moshi.Builder().add(TimJsonAdapters.FACTORY).build();
    this.validation = new RequestValidation(moshi, builder.clock, builder.maxMembersPerImport);
    Retrofit retrofit = new Retrofit.Builder()
        .baseUrl(baseUrl)
        .client(this.http)
        .addConverterFactory(new EnvelopeConverterFactory(moshi, validation))
        .validateEagerly(true)
        .build();
    this.accounts = retrofit.create(AccountsApi.class);
    this.groups = retrofit.create(GroupsApi.class);
    this.c2cMessages = retrofit.create(C2cMessagesApi.class);
    this.groupMessages = retrofit.create(GroupMessagesApi.class);
    this.executor = new CallExecutor(builder.retryPolicy, userSig);
  }

  /** OkHttp allows 5 concurrent async calls per host by default; every call here goes to one host. */
  private static Dispatcher allToOneHost() {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequestsPerHost(dispatcher.getMaxRequests());
    return dispatcher;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Overwrites the {@code MsgBody} and/or {@code CloudCustomData} of a one-to-one message
   * ({@code v4/openim/modify_c2c_msg}).
   */
  public Envelope modifyC2cMsg(ModifyC2cMsgRequest request) {
    validation.check(Objects.requireNonNull(request, "request"));
    return run(c2cMessages.modifyC2cMsg(request));
  }

  public CompletableFuture<Envelope> modifyC2cMsgAsync(ModifyC2cMsgRequest request) {
    return async(() -> {
      validation.check(Objects.requireNonNull(request, "request"));
      return runAsync(c2cMessages.modifyC2cMsg(request));
    });
  }

  /**
   * Overwrites the {@code MsgBody} and/or {@code CloudCustomData} of a group message
   * ({@code v4/openim/modify_group_msg}).
   */
  public Envelope modifyGroupMsg(ModifyGroupMsgRequest request) {
    validation.check(Objects.requireNonNull(request, "request"));
    return run(groupMessages.modifyGroupMsg(request));
  }

  public CompletableFuture<Envelope> modifyGroupMsgAsync(ModifyGroupMsgRequest request) {
    return async(() -> {
      validation.check(Objects.requireNonNull(request, "request"));
      return runAsync(groupMessages.modifyGroupMsg(request));
    });
  }

  /**
   * Imports 1 to 7 messages into a group ({@code v4/group_open_http_svc/import_group_msg}). A
   * message without {@code Random} gets one before the first attempt, so that a retried request is
   * de-duplicated by the server instead of importing twice. The result pairs every message with its
   * outcome; some may have failed while others were imported (see {@link ImportResult#failed()}).
   */
  public ImportResult importGroupMsg(ImportGroupMsgRequest request) {
    ImportGroupMsgRequest prepared = prepareImport(request);
    Call<io.timrest.model.ImportGroupMsgResponse> call = groupMessages.importGroupMsg(prepared);
    return ImportResult.of(operationOf(call), prepared, run(call));
  }

  public CompletableFuture<ImportResult> importGroupMsgAsync(ImportGroupMsgRequest request) {
    return async(() -> {
      ImportGroupMsgRequest prepared = prepareImport(request);
      Call<io.timrest.model.ImportGroupMsgResponse> call = groupMessages.importGroupMsg(prepared);
      String operation = operationOf(call);
      return runAsync(call).thenApply(response -> ImportResult.of(operation, prepared, response));
    });
  }

  /**
   * Imports up to 100 accounts ({@code v4/im_open_login_svc/multiaccount_import}), the first step
   * of a migration. The request names them as {@code AccountList} or, in the older shape, as
   * {@code Accounts}; exactly one, without repeats. The result pairs every account with its
   * outcome: the server lists the ones it did not import in {@code FailAccounts}.
   */
  public AccountImportResult multiaccountImport(MultiaccountImportRequest request) {
    validation.check(Objects.requireNonNull(request, "request"));
    Call<MultiaccountImportResponse> call = accounts.multiaccountImport(request);
    return AccountImportResult.of(operationOf(call), request, run(call));
  }

  /**
   * The async twin of {@link #multiaccountImport}: the same validation and call; the future fails with the
   * exceptions {@code multiaccountImport} throws.
   */
  public CompletableFuture<AccountImportResult> multiaccountImportAsync(MultiaccountImportRequest request) {
    return async(() -> {
      validation.check(Objects.requireNonNull(request, "request"));
      Call<MultiaccountImportResponse> call = accounts.multiaccountImport(request);
      String operation = operationOf(call);
      return runAsync(call).thenApply(response -> AccountImportResult.of(operation, request, response));
    });
  }

  /**
   * Imports a group as it existed in another system ({@code v4/group_open_http_svc/import_group}),
   * with a past {@code CreateTime}, so that its history can be imported: the server accepts only
   * messages sent after the group's creation, and {@code create_group} creates a group now.
   * Refused before I/O: an AVChatRoom (the server answers 10007) and a {@code CreateTime} in the future.
   */
  public ImportGroupResponse importGroup(ImportGroupRequest request) {
    validation.check(Objects.requireNonNull(request, "request"));
    return run(groups.importGroup(request));
  }

  /**
   * The async twin of {@link #importGroup}: the same validation and call; the future fails with the
   * exceptions {@code importGroup} throws.
   */
  public CompletableFuture<ImportGroupResponse> importGroupAsync(ImportGroupRequest request) {
    return async(() -> {
      validation.check(Objects.requireNonNull(request, "request"));
      return runAsync(groups.importGroup(request));
    });
  }

  /**
   * Imports up to 20 members into a group, with their join times
   * ({@code v4/group_open_http_svc/import_group_member}; the limit is
   * {@link Builder#maxMembersPerImport(int)}). Refused before I/O: more members than the limit, an
   * account named twice, a {@code Role} other than Admin, a {@code JoinTime} in the future. The
   * result pairs every member with its outcome (imported, already a member, or failed, for
   * example for a {@code JoinTime} not after the group's creation).
   */
  public MemberImportResult importGroupMember(ImportGroupMemberRequest request) {
    validation.check(Objects.requireNonNull(request, "request"));
    Call<ImportGroupMemberResponse> call = groups.importGroupMember(request);
    return MemberImportResult.of(operationOf(call), request, run(call));
  }

  /**
   * The async twin of {@link #importGroupMember}: the same validation and call; the future fails with the
   * exceptions {@code importGroupMember} throws.
   */
  public CompletableFuture<MemberImportResult> importGroupMemberAsync(ImportGroupMemberRequest request) {
    return async(() -> {
      validation.check(Objects.requireNonNull(request, "request"));
      Call<ImportGroupMemberResponse> call = groups.importGroupMember(request);
      String operation = operationOf(call);
      return runAsync(call).thenApply(response -> MemberImportResult.of(operation, request, response));
    });
  }

  /**
   * Sets one member's unread count in a group ({@code v4/group_open_http_svc/set_unread_msg_num}),
   * after a migration's messages are in ({@code import_group_msg} sets every count to 0). The
   * server caps the count at the group's number of messages.
   */
  public Envelope setUnreadMsgNum(SetUnreadMsgNumRequest request) {
    validation.check(Objects.requireNonNull(request, "request"));
    return run(groups.setUnreadMsgNum(request));
  }

  /**
   * The async twin of {@link #setUnreadMsgNum}: the same validation and call; the future fails with the
   * exceptions {@code setUnreadMsgNum} throws.
   */
  public CompletableFuture<Envelope> setUnreadMsgNumAsync(SetUnreadMsgNumRequest request) {
    return async(() -> {
      validation.check(Objects.requireNonNull(request, "request"));
      return runAsync(groups.setUnreadMsgNum(request));
    });
  }

  /**
   * Imports one historical one-to-one message ({@code v4/openim/importmsg}). A missing
   * {@code MsgSeq} or {@code MsgRandom} is filled in before the first attempt: the server stores a
   * message once per conversation, {@code MsgSeq}, {@code MsgRandom} and {@code MsgTimeStamp}, so a
   * retry cannot import it twice, and the result's {@link C2cImportResult#msgKey()} names it for
   * {@code modify_c2c_msg}. Refused before I/O: a {@code SyncFromOldSystem} other than 1, 2 or 5,
   * a {@code MsgTimeStamp} in the future, values beyond uint32, an invalid or too long {@code MsgBody}.
   */
  public C2cImportResult importC2cMsg(ImportC2cMsgRequest request) {
    ImportC2cMsgRequest prepared = prepareC2cImport(request);
    run(c2cMessages.importC2cMsg(prepared));
    return new C2cImportResult(prepared);
  }

  /**
   * The async twin of {@link #importC2cMsg}: the same validation and call; the future fails with the
   * exceptions {@code importC2cMsg} throws.
   */
  public CompletableFuture<C2cImportResult> importC2cMsgAsync(ImportC2cMsgRequest request) {
    return async(() -> {
      ImportC2cMsgRequest prepared = prepareC2cImport(request);
      return runAsync(c2cMessages.importC2cMsg(prepared)).thenApply(envelope -> new C2cImportResult(prepared));
    });
  }

  private ImportC2cMsgRequest prepareC2cImport(ImportC2cMsgRequest request) {
    validation.check(Objects.requireNonNull(request, "request"));
    if (request.msgSeq().isPresent() && request.msgRandom().isPresent()) {
      return request;
    }
    ImportC2cMsgRequest.Builder prepared = request.toBuilder();
    if (request.msgSeq().isEmpty()) {
      prepared.msgSeq(ThreadLocalRandom.current().nextLong(RANDOM_BOUND));
    }
    if (request.msgRandom().isEmpty()) {
      prepared.msgRandom(ThreadLocalRandom.current().nextLong(RANDOM_BOUND));
    }
    return prepared.build();
  }

  /** Imports an account so that it can send and receive ({@code v4/im_open_login_svc/account_import}). */
  public Envelope accountImport(AccountImportRequest request) {
    return run(accounts.accountImport(Objects.requireNonNull(request, "request")));
  }

  public CompletableFuture<Envelope> accountImportAsync(AccountImportRequest request) {
    return async(() -> {
      return runAsync(accounts.accountImport(Objects.requireNonNull(request, "request")));
    });
  }

  /** Creates a group ({@code v4/group_open_http_svc/create_group}). */
  public CreateGroupResponse createGroup(CreateGroupRequest request) {
    return run(groups.createGroup(Objects.requireNonNull(request, "request")));
  }

  public CompletableFuture<CreateGroupResponse> createGroupAsync(CreateGroupRequest request) {
    return async(() -> {
      return runAsync(groups.createGroup(Objects.requireNonNull(request, "request")));
    });
  }

  /** Sends a group message; the response has its {@code MsgSeq} ({@code v4/group_open_http_svc/send_group_msg}). */
  public SendGroupMsgResponse sendGroupMsg(SendGroupMsgRequest request) {
    validation.check(Objects.requireNonNull(request, "request"));
    return run(groupMessages.sendGroupMsg(request));
  }

  public CompletableFuture<SendGroupMsgResponse> sendGroupMsgAsync(SendGroupMsgRequest request) {
    return async(() -> {
      validation.check(Objects.requireNonNull(request, "request"));
      return runAsync(groupMessages.sendGroupMsg(request));
    });
  }

  /** Pulls up to 20 messages of a group, newest first ({@code v4/group_open_http_svc/group_msg_get_simple}). */
  public GroupMsgGetSimpleResponse groupMsgGetSimple(GroupMsgGetSimpleRequest request) {
    validation.check(Objects.requireNonNull(request, "request"));
    return run(groupMessages.groupMsgGetSimple(request));
  }

  public CompletableFuture<GroupMsgGetSimpleResponse> groupMsgGetSimpleAsync(GroupMsgGetSimpleRequest request) {
    return async(() -> {
      validation.check(Objects.requireNonNull(request, "request"));
      return runAsync(groupMessages.groupMsgGetSimple(request));
    });
  }

  /**
   * Sends a one-to-one message; the response has its {@code MsgKey} ({@code v4/openim/sendmsg}).
   * A missing {@code MsgSeq} is chosen by the client before the first attempt: the server
   * de-duplicates on sender, MsgSeq, MsgRandom and content, so a retry cannot send it twice.
   */
  public SendMsgResponse sendMsg(SendMsgRequest request) {
    return run(c2cMessages.sendMsg(prepareSendMsg(request)));
  }

  public CompletableFuture<SendMsgResponse> sendMsgAsync(SendMsgRequest request) {
    return async(() -> {
      return runAsync(c2cMessages.sendMsg(prepareSendMsg(request)));
    });
  }

  private SendMsgRequest prepareSendMsg(SendMsgRequest request) {
    validation.check(Objects.requireNonNull(request, "request"));
    return request.msgSeq().isPresent()
        ? request
        : request.toBuilder().msgSeq(ThreadLocalRandom.current().nextLong(RANDOM_BOUND)).build();
  }

  /** Queries one page of a one-to-one conversation ({@code v4/openim/admin_getroammsg}). */
  public AdminGetRoamMsgResponse adminGetRoamMsg(AdminGetRoamMsgRequest request) {
    validation.check(Objects.requireNonNull(request, "request"));
    return run(c2cMessages.adminGetRoamMsg(request));
  }

  public CompletableFuture<AdminGetRoamMsgResponse> adminGetRoamMsgAsync(AdminGetRoamMsgRequest request) {
    return async(() -> {
      validation.check(Objects.requireNonNull(request, "request"));
      return runAsync(c2cMessages.adminGetRoamMsg(request));
    });
  }

  /** The async twins fail their future, rather than throw, when a request is refused before I/O. */
  private static <T> CompletableFuture<T> async(Supplier<CompletableFuture<T>> start) {
    try {
      return start.get();
    } catch (TimRestException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private <T> T run(Call<T> call) {
    return executor.execute(call, operationOf(call));
  }

  private <T> CompletableFuture<T> runAsync(Call<T> call) {
    return executor.executeAsync(call, operationOf(call));
  }

  /** The operation's path relative to the base URL, as the spec's error tables name it. */
  private String operationOf(Call<?> call) {
    return call.request().url().encodedPath().substring(baseUrl.encodedPath().length());
  }

  private ImportGroupMsgRequest prepareImport(ImportGroupMsgRequest request) {
    validation.check(Objects.requireNonNull(request, "request"));
    if (request.msgList().stream().allMatch(message -> message.random().isPresent())) {
      return request;
    }
    List<ImportMsg> withRandom = new ArrayList<>(request.msgList().size());
    for (ImportMsg message : request.msgList()) {
      withRandom.add(message.random().isPresent()
          ? message
          : message.toBuilder().random(ThreadLocalRandom.current().nextLong(RANDOM_BOUND)).build());
    }
    return request.toBuilder().msgList(withRandom).build();
  }

  /** The base URL requests go to, for example {@code https://adminapisgp.im.qcloud.com/}. */
  public String baseUrl() {
    return baseUrl.toString();
  }

  /** Releases the connection pool and threads, unless the OkHttpClient was supplied by the caller. */
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

  /** Configures a {@link TimRestClient}; {@link #build()} says which setting is missing or wrong. */
  public static final class Builder {
    /** The server gives up after about 3 s; a shorter read timeout would abandon calls it still answers. */
    static final Duration SERVER_TIMEOUT = Duration.ofSeconds(3);

    private long sdkAppId;
    private String adminIdentifier;
    private String secretKey;
    private Supplier<String> userSigSupplier;
    private Duration userSigValidity = Duration.ofDays(1);
    private HttpUrl baseUrl;
    private HttpUrl backupBaseUrl;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration readTimeout = Duration.ofSeconds(10);
    private OkHttpClient okHttpClient;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Clock clock = Clock.systemUTC();
    private int maxMembersPerImport = RequestValidation.DEFAULT_MAX_MEMBERS_PER_IMPORT;

    private Builder() {
    }

    /** The app's SDKAppID (required). */
    public Builder sdkAppId(long sdkAppId) {
      this.sdkAppId = AppIdentity.requireSdkAppId(sdkAppId);
      return this;
    }

    /** The App admin account the client acts as (required). */
    public Builder adminIdentifier(String adminIdentifier) {
      this.adminIdentifier = AppIdentity.requireAccount(adminIdentifier, "adminIdentifier");
      return this;
    }

    /** The app's secret key, with which the client signs its own UserSig. Never logged or printed. */
    public Builder secretKey(String secretKey) {
      this.secretKey = AppIdentity.requireSecretKey(secretKey);
      return this;
    }

    /** Where UserSigs come from instead of a secret key (for example a signing service). */
    public Builder userSigSupplier(Supplier<String> userSigSupplier) {
      this.userSigSupplier = Objects.requireNonNull(userSigSupplier, "userSigSupplier");
      return this;
    }

    /** How long each self-signed UserSig is valid (default 1 day); it is renewed before it expires. */
    public Builder userSigValidity(Duration userSigValidity) {
      Objects.requireNonNull(userSigValidity, "userSigValidity");
      if (userSigValidity.compareTo(Duration.ofMinutes(1)) < 0) {
        throw new IllegalArgumentException("userSigValidity must be at least 1 minute, was " + userSigValidity);
      }
      this.userSigValidity = userSigValidity;
      return this;
    }

    /**
     * The data centre of the app (its SDKAppID only works on that region's hosts). Requests go to
     * the region's primary host, and to its backup host while the primary cannot be reached.
     */
    public Builder region(Region region) {
      Objects.requireNonNull(region, "region");
      this.baseUrl = HttpUrl.get(region.baseUrl());
      this.backupBaseUrl = HttpUrl.get(region.backupBaseUrl());
      return this;
    }

    /** A custom base URL: https, or plain http to a loopback host (the emulator, a test server). */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = BaseUrls.requireSafe(Objects.requireNonNull(baseUrl, "baseUrl"));
      this.backupBaseUrl = null;
      return this;
    }

    /**
     * A custom base URL and a backup used while the first cannot be reached (name not resolved,
     * connection refused); both https, or plain http to loopback.
     */
    public Builder baseUrl(String baseUrl, String backupBaseUrl) {
      baseUrl(baseUrl);
      this.backupBaseUrl = BaseUrls.requireSafe(Objects.requireNonNull(backupBaseUrl, "backupBaseUrl"));
      return this;
    }

    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = requirePositive(connectTimeout, "connectTimeout");
      return this;
    }

    /** The read timeout (default 10 s); it must be longer than the server's own 3 s. */
    public Builder readTimeout(Duration readTimeout) {
      requirePositive(readTimeout, "readTimeout");
      if (readTimeout.compareTo(SERVER_TIMEOUT) <= 0) {
        throw new IllegalArgumentException(
            "readTimeout must be longer than the server's 3 s timeout, was " + readTimeout);
      }
      this.readTimeout = readTimeout;
      return this;
    }

    /** An OkHttpClient to share (its connection pool and dispatcher); timeouts above still apply. */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
      return this;
    }

    /** How failures are retried (default {@link RetryPolicy#defaults()}; {@link RetryPolicy#none()} disables). */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /** The time source for signing and for the "not in the future" check (default: system UTC). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How many members one {@code import_group_member} call may carry (default 20, the newest
     * documented limit; older pages say 100 to 500). A larger request is refused before I/O.
     */
    public Builder maxMembersPerImport(int maxMembersPerImport) {
      if (maxMembersPerImport < 1) {
        throw new IllegalArgumentException("maxMembersPerImport must be positive, was " + maxMembersPerImport);
      }
      this.maxMembersPerImport = maxMembersPerImport;
      return this;
    }

    private static Duration requirePositive(Duration duration, String name) {
      Objects.requireNonNull(duration, name);
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + duration);
      }
      return duration;
    }

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
