// The cross-language proof of spec/openapi.yaml: a TypeScript client generated from it by the
// stock typescript-fetch generator drives the emulator (started from the CLI jar) through the
// whole admin workflow and checks what it reads back. No timrest Java code is on the client side.
//
// Usage: node emulator-check.js <path to timrest-cli.jar> <work directory>

import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import {
  AccountsApi,
  C2cMessagesApi,
  Configuration,
  GroupMessagesApi,
  GroupsApi,
  MsgElement,
} from '../../target/ts-client';

const SDK_APP_ID = '1400000000';
const ADMIN = 'administrator';

function fail(message: string): never {
  throw new Error(message);
}

function check(condition: boolean, message: string): void {
  if (!condition) {
    fail(message);
  }
}

function text(value: string): MsgElement {
  return { msgType: 'TIMTextElem', msgContent: { text: value } };
}

function textOf(body: Array<MsgElement> | undefined): string {
  const first = body?.[0];
  if (first === undefined || first.msgType !== 'TIMTextElem') {
    return fail(`expected a TIMTextElem, got ${JSON.stringify(body)}`);
  }
  return first.msgContent.text;
}

/** Fresh per request, as the API requires. */
function common(): { random: number; contenttype: 'json' } {
  return { random: randomInt(0, 2 ** 32), contenttype: 'json' };
}

function startEmulator(jar: string, keyFile: string): Promise<{ process: ChildProcess; port: number }> {
  const emulator = spawn('java', ['-jar', jar, 'emulator', '--port', '0', '--sdkappid', SDK_APP_ID,
    '--admin', ADMIN, '--secret-key-file', keyFile], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: emulator.stdout! });
    lines.once('line', (line) => {
      const match = /^listening on http:\/\/127\.0\.0\.1:(\d+)$/.exec(line);
      if (match === null) {
        reject(new Error(`unexpected first line from the emulator: ${line}`));
      } else {
        resolve({ process: emulator, port: Number(match[1]) });
      }
    });
    emulator.once('exit', (code) => reject(new Error(`the emulator exited with ${code} before listening`)));
  });
}

async function sleepUntilEpochSecondAbove(second: number): Promise<void> {
  while (Math.floor(Date.now() / 1000) <= second) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function run(jar: string, workDir: string): Promise<void> {
  mkdirSync(workDir, { recursive: true });
  const keyFile = join(workDir, 'emulator.key');
  writeFileSync(keyFile, randomBytes(32).toString('hex'), { mode: 0o600 });

  const { process: emulator, port } = await startEmulator(jar, keyFile);
  try {
    const usersig = execFileSync('java', ['-jar', jar, 'usersig', '--sdkappid', SDK_APP_ID,
      '--identifier', ADMIN, '--secret-key-file', keyFile], { encoding: 'utf8' }).trim();
    check(/^[A-Za-z0-9*_-]+$/.test(usersig), 'timrest usersig printed something that is not a UserSig');

    const credentials: Record<string, string> = { sdkappid: SDK_APP_ID, identifier: ADMIN, usersig };
    const configuration = new Configuration({
      basePath: `http://127.0.0.1:${port}`,
      apiKey: (name: string) => credentials[name] ?? fail(`no credential named ${name}`),
    });
    const accounts = new AccountsApi(configuration);
    const groups = new GroupsApi(configuration);
    const groupMessages = new GroupMessagesApi(configuration);
    const c2cMessages = new C2cMessagesApi(configuration);

    for (const userID of ['alice', 'bob']) {
      const imported = await accounts.accountImport({ ...common(), accountImportRequest: { userID } });
      check(imported.actionStatus === 'OK', `account_import ${userID}: ${JSON.stringify(imported)}`);
    }

    const created = await groups.createGroup({ ...common(), createGroupRequest: { type: 'Public', name: 'ts check', ownerAccount: 'alice' } });
    const groupId = created.groupId ?? fail(`create_group returned no GroupId: ${JSON.stringify(created)}`);
    const createdAt = Math.floor(Date.now() / 1000);

    // Imported messages must be later than the group's creation and earlier than now.
    await sleepUntilEpochSecondAbove(createdAt + 2);
    const imported = await groupMessages.importGroupMsg({
      ...common(),
      importGroupMsgRequest: {
        groupId,
        msgList: [
          { fromAccount: 'alice', sendTime: createdAt + 1, random: randomInt(0, 2 ** 32), msgBody: [text('hello from typescript')] },
          { fromAccount: 'bob', sendTime: createdAt + 2, msgBody: [text('my number is 555-0100')] },
        ],
      },
    });
    const results = imported.importMsgResult ?? fail(`import_group_msg returned no ImportMsgResult: ${JSON.stringify(imported)}`);
    check(results.length === 2 && results.every((r) => r.result === 0), `import results: ${JSON.stringify(results)}`);
    const secondSeq = results[1].msgSeq ?? fail('the second imported message has no MsgSeq');

    const modified = await groupMessages.modifyGroupMsg({
      ...common(),
      modifyGroupMsgRequest: { groupId, msgSeq: secondSeq, msgBody: [text('my number is [redacted]')] },
    });
    check(modified.actionStatus === 'OK' && modified.errorCode === 0, `modify_group_msg: ${JSON.stringify(modified)}`);

    const history = await groupMessages.groupMsgGetSimple({ ...common(), groupMsgGetSimpleRequest: { groupId, reqMsgNumber: 20 } });
    const messages = history.rspMsgList ?? [];
    check(messages.length === 2, `group_msg_get_simple returned ${messages.length} messages`);
    check(textOf(messages.find((m) => m.msgSeq === secondSeq)?.msgBody) === 'my number is [redacted]',
      'the modified group message did not read back modified');
    check(textOf(messages.find((m) => m.msgSeq !== secondSeq)?.msgBody) === 'hello from typescript',
      'the other group message changed');

    const sent = await c2cMessages.sendMsg({
      ...common(),
      sendMsgRequest: { fromAccount: 'alice', toAccount: 'bob', msgRandom: randomInt(0, 2 ** 32), msgBody: [text('see you at 9')] },
    });
    const msgKey = sent.msgKey ?? fail(`sendmsg returned no MsgKey: ${JSON.stringify(sent)}`);
    const sentAt = sent.msgTime ?? fail('sendmsg returned no MsgTime');

    await c2cMessages.modifyC2cMsg({
      ...common(),
      modifyC2cMsgRequest: { fromAccount: 'alice', toAccount: 'bob', msgKey, msgBody: [text('see you at 10')], cloudCustomData: 'edited' },
    });

    const roam = await c2cMessages.adminGetRoamMsg({
      ...common(),
      adminGetRoamMsgRequest: { operatorAccount: 'alice', peerAccount: 'bob', maxCnt: 10, minTime: sentAt - 60, maxTime: sentAt + 60 },
    });
    const c2c = (roam.msgList ?? []).find((m) => m.msgKey === msgKey) ?? fail(`admin_getroammsg did not list ${msgKey}`);
    check(textOf(c2c.msgBody) === 'see you at 10', 'the modified C2C message did not read back modified');
    check(c2c.cloudCustomData === 'edited', 'the C2C CloudCustomData did not read back');

    console.log(`typescript-fetch client: ${results.length} imported, group message ${secondSeq} and C2C message ${msgKey} modified and read back`);
  } finally {
    emulator.kill('SIGTERM');
  }
}

const [jar, workDir] = process.argv.slice(2);
if (jar === undefined || workDir === undefined) {
  console.error('usage: node emulator-check.js <timrest-cli.jar> <work directory>');
  process.exit(2);
}
run(jar, workDir).catch((error: unknown) => {
  console.error(`spec check FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
