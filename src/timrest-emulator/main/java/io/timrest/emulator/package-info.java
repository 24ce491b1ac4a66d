/**
 * A local, in-memory emulator of the Tencent Cloud Chat server REST API: start it with {@link
 * io.timrest.emulator.TimEmulator#start(io.timrest.emulator.EmulatorConfig)}, move its time with
 * a {@link io.timrest.emulator.MutableClock}, break it on purpose with {@link
 * io.timrest.emulator.Faults}.
 *
 * <p>It follows the server rules in {@code docs/server-rules.md} and the spec. Where they are silent, it behaves as
 * follows (each choice is also commented where it is implemented):
 *
 * <ul>
 *   <li><b>Query.</b> A foreign {@code sdkappid} is 60006. A missing {@code identifier} is 70013.
 *       {@code random} must be present and an unsigned 32-bit integer, and {@code contenttype},
 *       when present, must be {@code json}; otherwise 60002 — stricter than the documentation.
 *       A method other than POST is 60002 (after authentication). Check order: 60012, 60006,
 *       70002, UserSig (70003/70014/70013/70001/70003), admin (90009 openim, 60010 others),
 *       60002, 60009, 60007, then the body.
 *   <li><b>Envelope.</b> {@code ErrorInfo} is {@code ""} on success, except that import_group_msg
 *       and import_group_member explain their failed entries there (see below). Key order {@code
 *       ActionStatus}, {@code ErrorInfo}, {@code ErrorCode}, then the endpoint's fields.
 *   <li><b>Invalid fields.</b> A missing or mistyped field is 10004 in group_open_http_svc,
 *       20001 in openim (90003 for To_Account) and 70402 in im_open_login_svc. JSON
 *       {@code null} counts as absent.
 *   <li><b>Malformed bodies.</b> The documentation sets no limit on the whole body, nesting or
 *       encoding; the emulator keeps itself safe as follows. A body over 1 MiB is 10020 (group
 *       service: its documented "request too long"), 93000 (openim: "JSON packet too long") or
 *       60003 (im_open_login_svc, which documents no such code), checked after authentication and
 *       the URL; the rest of the body is read and discarded (up to 64 MiB) before the answer,
 *       which carries {@code Connection: close}. A body that is not valid UTF-8 (which a lenient
 *       reader would store as U+FFFD), or that nests objects and arrays deeper than 64 levels
 *       (the top-level object is level 1, and a MsgBody counts from where it stands), is the
 *       service's JSON-parse code: 90001 for openim, 60003 otherwise. A MsgBody is captured
 *       verbatim and parsed once, a MsgBody inside it being part of its text.
 *   <li><b>Emulator failures.</b> An unexpected exception or error of a handler (a bug of the
 *       emulator, including a {@link java.lang.StackOverflowError} or an {@link
 *       java.lang.OutOfMemoryError} of one request; other VM errors excepted) is answered HTTP 200
 *       with the service's internal-error code (10002, 20005, 70500; 70500 when the service is
 *       unknown) and logged at ERROR with its stack trace on the {@link java.lang.System.Logger}
 *       {@code io.timrest.emulator.TimEmulator}; the connection is never just dropped (except by
 *       {@link io.timrest.emulator.Faults}).
 *   <li><b>MsgBody.</b> Must be a non-empty array of {@code {MsgType: string, MsgContent:
 *       object}} with at most one TIMCustomElem; element types are not checked, so unknown ones
 *       are accepted. Stored and returned byte for byte as sent. Over 12,000 bytes of compact
 *       JSON is 80002 (per message in an import, the whole request elsewhere). Group service:
 *       10004 for any shape error; openim: 90007 not an array, 90002 wrong element shape.
 *   <li><b>Accounts.</b> The admin always exists. create_group's and import_group's
 *       Owner_Account, create_group's and import_group_member's Member_Account, and
 *       send_group_msg's From_Account, must be imported, else 10019. Group membership (from
 *       create_group, import_group's owner and import_group_member alike) is checked by
 *       import_group_member (Result 2) and set_unread_msg_num (10007 for a non-member), and is
 *       not enforced on sending. import_group_msg does not check From_Account. Without
 *       From_Account, group and C2C messages are from the admin.
 *   <li><b>Groups.</b> Generated IDs are {@code @TGS#} plus a type marker (1 Private, 2 Public,
 *       3 ChatRoom, a AVChatRoom, _ Community) plus nine base-32 characters. An unknown Type or a
 *       bad Role is 10004. AVChatRoom messages get a MsgSeq but are not stored:
 *       group_msg_get_simple, import_group_msg and modify_group_msg answer 10007. Topics are not
 *       emulated: a non-empty TopicId is refused (10004, or 20001 in modify_group_msg).
 *       OnlineOnlyFlag is accepted and ignored (the message is stored).
 *   <li><b>De-duplication.</b> Same Random in one group within 5 minutes (less than 300 s on the
 *       emulator clock since the original was accepted), shared by send_group_msg and
 *       import_group_msg: the duplicate is answered OK with the original's MsgSeq and MsgTime, so
 *       client retries are idempotent. In an import, de-duplication is checked before the time
 *       rules, so a retried import succeeds with the original results. C2C: same sender, MsgSeq,
 *       MsgRandom and CRC32 of the verbatim MsgBody within 120 s: answered with the original
 *       MsgTime and MsgKey; a server-picked MsgSeq is never a duplicate.
 *   <li><b>Import.</b> Per message, in order: duplicate (Result 0, original MsgSeq/MsgTime); time
 *       rules (Result 10004, the first broken one of: SendTime not greater than the previous
 *       message's in the request, not less than now, not greater than the group's creation
 *       second or than the newest message's time); too long (Result 80002). The answer stays
 *       ErrorCode 0, and its ErrorInfo names every failed message and the rule it broke, {@code
 *       MsgList[i]: Result reason}, joined by {@code "; "} (empty when none failed). A failed message has MsgSeq 0 and MsgTime = its
 *       SendTime and consumes no MsgSeq. A request over {@code 7 * 12,288 + 16,384} bytes is
 *       10020. A malformed message (missing From_Account or SendTime, bad MsgBody shape) fails the
 *       whole request with 10004. RecentContactFlag = 1 on a Community group is 10004. Imported
 *       messages without Random read back as MsgRandom 0.
 *   <li><b>group_msg_get_simple.</b> IsFinished is 1 when no older message remains below the
 *       page, else 0 (never 2).
 *   <li><b>import_group.</b> Checked like create_group (Type, Name, custom GroupId, 10021 for a
 *       taken one), plus Introduction ≤ 240, Notification ≤ 300, FaceUrl ≤ 100 bytes (10004).
 *       AVChatRoom is 10007. CreateTime absent = the request's second; negative or later than
 *       now is 10004, now itself is accepted. SupportTopic must be 0 or 1, and 1 only on a
 *       Community (10004); topics are still not emulated. AppDefinedData must be a list of {Key,
 *       Value} strings and is not stored. MaxMemberCount and ApplyJoinOption are type-checked
 *       and not enforced. The owner joins at CreateTime.
 *   <li><b>import_group_member.</b> More than {@link
 *       io.timrest.emulator.EmulatorConfig#importGroupMemberLimit()} members (default 20) is
 *       10005; none is 10004. Role must be absent (an ordinary member) or Admin, else 10004. A
 *       member whose account was never imported fails the whole request with 10019 before
 *       anyone is imported (a documented code of the page, and what create_group does), rather
 *       than Result 0. Per member, in order: already a member, Result 2, left as it was (so a
 *       retry is harmless, whatever its JoinTime); JoinTime not greater than the group's
 *       CreateTime (equal fails too: the page says "大于", later than) or not less than now,
 *       Result 0; else Result 1. Without JoinTime the member joins now. Each Result 0 is
 *       explained in ErrorInfo ({@code MemberList[i] account: reason}; empty when none failed).
 *       A negative UnreadMsgNum is 10004.
 *   <li><b>Unread counts.</b> Kept per member as the MsgSeq up to which it has read, which
 *       get_group_member_info reports as MsgSeq (unread = the group's newest MsgSeq minus it).
 *       Sending marks the sender's own message read. An import_group_msg request that stores at
 *       least one message sets every member's count to 0; one that stores nothing (say, a
 *       retry of duplicates) leaves the counts set since. import_group_member's UnreadMsgNum
 *       (absent = 0) and set_unread_msg_num's are capped at the number of stored messages.
 *   <li><b>set_unread_msg_num.</b> Member_Account not a member of the group (imported or not)
 *       is 10007: none of the page's codes says "not a member", and the spec reads its "no
 *       permission" code that way (its other candidate, 10004, is kept for malformed fields).
 *       Checked for every type; on ChatRoom and AVChatRoom the call is then answered OK and
 *       changes nothing, as the page says. A negative UnreadMsgNum is 10004.
 *   <li><b>get_group_member_info.</b> Served as the read-back of members: Member_Account, Role
 *       (Owner, Admin, Member), JoinTime and MsgSeq only, in the order of joining; Limit 1..200
 *       and Offset ≥ 0 page it, MemberNum counts all; other filters are ignored. AVChatRoom is
 *       10007.
 *   <li><b>sendmsg.</b> MsgSeq, when the client omits it, comes from a per-emulator counter
 *       starting at 1. MsgTimeStamp, when given, becomes the message time. SyncOtherMachine must
 *       be 1 or 2 and is otherwise ignored; MsgLifeTime is ignored. Unknown From_Account is 20003.
 *   <li><b>importmsg.</b> Field codes as the page lists them: SyncFromOldSystem missing, not an
 *       integer or other than 1, 2, 5 is 90030 (1, the older pages' real-time value, is
 *       accepted); From_Account missing or not imported 90008; To_Account missing 90003, not
 *       imported 90012; MsgRandom missing or not a uint32 90005; MsgTimeStamp missing, not an
 *       integer, negative or later than now 90006 (now itself is accepted); MsgSeq not a uint32
 *       20001; MsgBody 90007/90002 as elsewhere, and over 8 KiB (8,192 bytes of compact JSON;
 *       the page says "8k") 93000. The answer is the bare envelope. 2, 5 and 1 store alike: the
 *       emulator keeps no one-to-one unread counts and pushes nothing. De-duplication: a
 *       message whose MsgSeq, MsgRandom and MsgTimeStamp (its MsgKey) equal those of any
 *       message the conversation holds, in either direction and whether imported or sent, is
 *       answered OK and not stored; the first content stays, with no time limit. Without
 *       MsgSeq the server picks one from the sendmsg counter, skipping keys the conversation
 *       holds, so such imports are never duplicates. Imported messages are read with
 *       admin_getroammsg and changed with modify_c2c_msg like sent ones.
 *   <li><b>admin_getroammsg.</b> Operator_Account/Peer_Account win over the older
 *       From_Account/To_Account. A page is the newest MaxCnt messages of the conversation in
 *       MinTime..MaxTime (inclusive), listed oldest first; LastMsgTime/LastMsgKey name its oldest
 *       message (0 and "" when empty); passing them back as MaxTime and LastMsgKey gives the
 *       next, older page, as the spec's description of the operation says. An unknown LastMsgKey
 *       is ignored. Complete is 1 when nothing older remains. Unknown accounts are 20003; MaxCnt
 *       below 1 or MinTime after MaxTime is 20001.
 *   <li><b>modify_group_msg / modify_c2c_msg.</b> Neither MsgBody nor CloudCustomData: 20001.
 *       Unknown MsgSeq, or no message with that MsgKey sent From_Account → To_Account: 20001.
 *       Unknown group 10010, malformed GroupId 10015; unknown C2C accounts 20003.
 *   <li><b>multiaccount_import.</b> AccountList (current) and Accounts (older) in one request is
 *       70402, as is neither, an empty list, more than 100 accounts, or an entry that is not an
 *       object with a string UserID (resp. not a string). A UserID that breaks the account_import
 *       rules (1..32 bytes) is listed in FailAccounts and the rest are imported, still with
 *       ErrorCode 0; FailAccounts is always present, empty when nothing failed.
 *   <li><b>Rate limit.</b> Fixed one-second windows of the emulator clock, per endpoint, counted
 *       after authentication; over the limit is 60007 and changes nothing. multiaccount_import
 *       gets the lower of the configured limit and its documented 100/s.
 *   <li><b>Faults.</b> Probabilities from a seeded {@link java.util.SplittableRandom}; 0.0 and
 *       1.0 never draw. The retryable code defaults to the service's internal error: 10002, 20005
 *       (91000 for importmsg, whose page lists no 20005), 70500.
 * </ul>
 */
package io.timrest.emulator;
