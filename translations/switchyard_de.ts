<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>app::Cli</name>
    <message>
        <source>Unknown option %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output (JSON on stdout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment name (or service/environment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release version, e.g. v1.2.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the preflight checks and print every action; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not probe the slots&apos; health endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments, their slots and health, and interrupted deployments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave traffic on the new slot when monitoring fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy a release to the standby slot, verify it, switch traffic, monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move traffic back to the previous slot (or end an interrupted deployment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past deployments, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every entry&apos;s hash chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the append-only audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit SHA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service name (when there are several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a release so it can be deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --%2 is required. Run “switchyard %1 --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit: the only action is “verify”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
Run “switchyard %1 --help” for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 — router %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (routes to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 ms, reports %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INTERRUPTED: deployment #%1 (%2 %3 to %4, %5 → %6) stopped in step %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Resume:    switchyard resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Roll back: switchyard rollback --env %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLOTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTED (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log BROKEN at entry %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n entries, hash chain verified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The workspace has %n service(s); name one with --service.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Registered %1 of %2 (release digest %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up or down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the sandbox (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop the demo sandbox: a real nginx and sample slots on loopback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo sandbox stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: say “up” or “down”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo sandbox already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo sandbox started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 router: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  workspace:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try: export SWITCHYARD_WORKSPACE=%1; switchyard deploy --env production --version v1.1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: roll back %1/%2 from %3 (%4) to %5 (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: deploy %1 to %2/%3, %4 (%5) → %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan digest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment #%1 holds the deploy lock of %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment #%1 to %2 was interrupted; resume it or roll back first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: preflight would fail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: preflight passed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment #%1 started (%2 %3 → %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2: running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic rollback #%1 succeeded: traffic is back on the previous slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic rollback #%1 FAILED: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment #%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment #%1 succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: switchyard [--workspace PATH|URL] COMMAND [options]
Without a command, opens the Switchyard window (--demo: on the demo sandbox).

Commands:
  status [--json]                             environments, slots, health, interrupted deployments
  deploy --env NAME --version V [--dry-run]   blue-green deploy of a release
  rollback --env NAME [--dry-run]             traffic back to the previous slot
  resume ID | resume --deployment ID          continue an interrupted deployment,
                                              or one that failed on a provider error
  history [--env NAME] [--limit N]            past deployments
  audit verify                                check the audit log&apos;s hash chain and signatures
  identity create|list|export-public|register|rotate|revoke --name NAME
                                              signing identities (two-person rule)
  approve --deployment ID | --plan-digest D [--reject] [--comment C] [--out FILE]
                                              sign an approval or rejection
  approvals import FILE | approvals list      signed approval files, pending approvals
  policy show|set --env NAME [--required N]   an environment&apos;s approval policy
  login                                       keep a team workspace&apos;s database password in the keychain
  release add --version V [--commit SHA]      register a release
      [--migrations DIR] [--contract]         with its migrations; a contract release
      [--commit-time ISO8601 | --repo DIR]    when the commit was made (DORA lead time)
  env set-database --env NAME --url URL [--password-stdin]
                                              the database the env migrates
  demo up | demo down                         start / stop the demo sandbox
  migrations lint PATH… [--contract]          lint SQL migration files
  migrations status --database URL --dir PATH applied and pending migrations
  migrations apply --database URL --dir PATH [--dry-run]
                                              apply pending migrations
  migrations status|apply --env NAME [--release VERSION]
                                              the same on the env&apos;s bound database
  incident list | show ID | open | update ID | export ID
                                              incidents, timelines, updates
  monitor [--env NAME] [--interval-ms N]      watch triggers, roll back automatically
  token set|status|remove [--env NAME] [--provider P]
                                              provider API tokens in the keychain

Every command takes --json for machine output and --help for its options;
--verbose shows the subsystems&apos; log lines.
The workspace defaults to $SWITCHYARD_WORKSPACE, else %1.
Exit codes: 0 done, 1 failed, 2 usage or bad input, 3 blocked by policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  latest deployment #%1 at the providers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals BROKEN at approval %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures verified: %1 (including %2 stored approvals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An emergency: the policy may let it go alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment&apos;s number (or --deployment ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue an interrupted deployment from the step it was in, or a deployment that failed on a provider error (outage, timeout, rate limit, token) from its failed step once the provider has recovered. A failure in the switch re-verifies the standby first. Failures that resuming cannot fix (the release was unhealthy, a bad request, traffic already moved) are refused with what to do instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the release&apos;s &lt;version&gt;_&lt;name&gt;.sql migrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contract release: its migrations may break old code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the commit was made (ISO 8601), for DORA lead time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The git repository holding the commit: its commit time is read from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume: give the deployment&apos;s number (see “switchyard status” and “switchyard history”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit time %1 (from --commit-time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DORA lead time for this release will count from its registration, not from the commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commit time recorded (give --commit-time, or --commit with --repo). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commit time: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit time %1 (from git in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment #%1 is awaiting approvals: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Approvers: switchyard approve --deployment %1   (or sign a file with --out and import it: switchyard approvals import FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Then:      switchyard resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Traffic was not switched to an unverified slot. Once the provider has recovered: switchyard resume --deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase; pass it on standard input with --passphrase-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::CliApprovals</name>
    <message>
        <source>New passphrase for %1&apos;s signing key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity %1 created. Public key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is in this machine&apos;s keychain, sealed with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered %1&apos;s public key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated %1&apos;s key. New public key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1: their signatures no longer count from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  not counted: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve: say who signs with --identity NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed %1 of plan %2 as %3, valid until %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded for plan %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the %1 of %2 for plan %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 %3 requested by %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities: Ed25519 keys that sign approvals (create, list, export-public, register, rotate, revoke).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign an approval (or rejection) of a deployment&apos;s plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a signed approval file, or list approvals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a team workspace&apos;s database password in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or set an environment&apos;s approval policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output (JSON on stdout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who I am (default $SWITCHYARD_IDENTITY, the database role&apos;s identity, or the OS user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create, list, export-public, register, rotate or revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group the identity belongs to (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register: the base64 public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan digest to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject instead of approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment, signed with the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a signed approval file instead of recording it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes the approval stays valid (default: the policy&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import FILE, or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the approval file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals required (0: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities allowed to approve, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups allowed to approve, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs approval: deploy,rollback,contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes an approval stays good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: an emergency rollback may go alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
Run “switchyard %1 --help” for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: --%3 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity: the action is create, list, export-public, register, rotate or revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approvals: the action is “import FILE” or “list”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login: give a team workspace with --workspace postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy: the action is “show” or “set”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve: give exactly one of --deployment ID and --plan-digest D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve: --deployment needs a deployment number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is in the keychain; --workspace %1 now finds it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approvals import: name the approval file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::CliEnv</name>
    <message>
        <source>Environment settings: the PostgreSQL database its migrations go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-database or show-database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output (JSON on stdout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment name (or service/environment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-database: postgresql://user@host:port/database, without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-database: read the database password from standard input into the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-database: lock_timeout for migration statements in milliseconds (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env: %1
Run “switchyard env --help” for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env: the action is “set-database” or “show-database”. Run “switchyard env --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env %1: --env is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (no password stored), lock_timeout %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, password in the keychain entry %3/%4, lock_timeout %5 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env set-database: --url must be postgresql://user@host:port/database (got “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env set-database: the URL holds a password, and command lines are visible to other users. Give the URL without it and pipe the password into --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env set-database: --lock-timeout takes a number of milliseconds (0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env set-database: cannot read the password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env set-database: --password-stdin read an empty password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 migrates %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::CliIncidents</name>
    <message>
        <source>No open incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 (%2), %3; commander %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  services %1; environments %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  TTD %1  TTM %2  TTR %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident open: --severity is P0, P1 or P2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident open: --started takes an ISO 8601 time, e.g. 2026-03-02T14:05:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident open: --deployment takes a deployment number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened incident #%1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: attempt %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident update: --status is investigating, identified, monitoring or resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident update: --notify takes slack, statuspage or both (slack,statuspage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident update: give --status, --message, --notify or --preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added to incident #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not delivered yet; it stays in the outbox and is retried (next try %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: NOT delivered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident component set: give --service NAME, --id COMPONENT and at most one --env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents in %1 set Statuspage component %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents in %1/%2 set Statuspage component %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Statuspage components are mapped (incident component set …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident channel set: the channel is slack or statuspage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident channel set statuspage: give --base-url (e.g. https://api.statuspage.io/v1) and --page-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the secret from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe the Slack incoming webhook URL into standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe the Statuspage API key into standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is configured; its secret is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents: list, show (with the timeline), open, update (status, note, notify Slack / Statuspage), export the postmortem, configure notification channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, show, open, update, export, channel or component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show, update, export: the incident number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON document on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only incidents not resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: at most this many (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open: what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open: P0 (outage), P1 (major feature broken), P2 (minor degradation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open: an affected service (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open: an affected environment (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open: the incident commander (default: you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open: a short description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open: when impact began (ISO 8601, default now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open: a related deployment number (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update: investigating, identified, monitoring or resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update: what changed (a note, or the status change&apos;s message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update: post the status template with the message to slack, statuspage or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update: the {eta} of the template, e.g. &quot;15:30 UTC&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update: print the update text that --notify would send; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update: seconds to wait for delivery (default 30); undelivered updates stay queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: write the postmortem with its timeline as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: write the postmortem with its timeline as Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel set statuspage: the API base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel set statuspage: the page id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component set: the Statuspage component id of --service (and --env).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident: %1
Run “switchyard incident --help” for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident: the action is list, show, open, update, export, channel or component. Run “switchyard incident --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident %1: give the incident number (see “switchyard incident list”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident open: --title is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident export: give --pdf FILE, --markdown FILE or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident channel: use “incident channel set slack|statuspage” with the secret on stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident component: use “incident component set --service S [--env E] --id ID” or “incident component list”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::CliMigrations</name>
    <message>
        <source>Lint PostgreSQL migrations for zero-downtime safety (locks, rewrites, breaking changes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lint, status or apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lint: migration files or folders of *.sql files, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON document on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lint: a contract release, breaking old code is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status, apply: the PostgreSQL database, postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status, apply: the folder of &lt;version&gt;_&lt;name&gt;.sql migration files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply: show the plan, change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrations: %1
Run “switchyard migrations --help” for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrations: the action is “lint”, “status” or “apply”. Run “switchyard migrations --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrations lint: name at least one migration file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder holds no .sql migration files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: contract migration (breaks code that still runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expand migration (backward compatible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: %1 (expand %2, contract %3) · errors: %4 · warnings: %5 · info: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder of migration files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGED since it was applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no checksum recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied, no local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no database: bind one with “switchyard env set-database --env %1 --url URL”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release of %1&apos;s service has migrations (release add --migrations DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: database %2, migrations of release %3 (%n file(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The password of %1 could not be read from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status, apply: instead of --database and --dir, the environment&apos;s database (env set-database) and a release&apos;s migrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status, apply with --env: the release whose migrations count (default: the newest release of the service that has migrations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply: also apply pending versions older than the newest applied one (refused without it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply: lock_timeout for migration statements in milliseconds (default %1, 0 for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrations %1: give either --env NAME or --database URL and --dir PATH (and no other arguments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrations %1: give --database URL and --dir PATH, or --env NAME [--release VERSION] (and no other arguments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrations apply: --lock-timeout takes a number of milliseconds (0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::CliMonitor</name>
    <message>
        <source>Watch environments&apos; health and rollback triggers; roll back automatically when one fires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object per event on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment to watch (repeatable; default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between probe rounds (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this long (default: until interrupted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitor: %1
Run “switchyard monitor --help” for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitor: --interval-ms must be a number of at least 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitor: --duration-s must be a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] trigger fired: %2 on %3 slot %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic rollback #%1 of %2 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic rollback #%1 of %2 succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic rollback #%1 of %2 FAILED: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback proposed for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching %1 every %2 ms; Ctrl+C stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped; %n health samples stored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::CliTokens</name>
    <message>
        <source>%1 API token (input hidden), then Enter: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider API tokens in the OS keychain. The token is read from standard input, never from the command line. In the CLI, %1, %2 and %3 win over the keychain when set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set, status or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment name (or service/environment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vercel, supabase or cloudflare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output (JSON on stdout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token: %1
Run “switchyard token --help” for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token: the action is “set”, “status” or “remove”. Run “switchyard token --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token: unknown provider “%1”: say vercel, supabase or cloudflare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token %1: --env and --provider are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the %1 token of %2 in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the %1 token of %2 from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1 is set; the CLI uses it instead of the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::Gui</name>
    <message>
        <source>Switchyard: blue-green releases without downtime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file or postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (or reuse) the demo sandbox and open its workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox could not start:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo sandbox: a private nginx and four sample services on loopback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchyard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the read-only leadership view (incidents, timelines, DORA).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::SampleControl</name>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names pid %2, which is not %3; ignoring it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process %1 did not exit, even after SIGKILL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new instance (pid %1) exited at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new instance (pid %1) exited at start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new instance (pid %1) did not answer on %2:%3 within %4 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started %1 %2 pid %3 port %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::SampleFaults</name>
    <message>
        <source>Unknown fault “%1” (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errorRate must be a number from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latencyMs must be a whole number of milliseconds from 0 to 600000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrongVersion must be a string (empty: report the real version).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::SampleOptions</name>
    <message>
        <source>A small HTTP service for blue-green deployment demos and tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot name to report (X-Served-By).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit SHA to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy, degraded, unhealthy, malformed or hang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay health answers by this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the instance in --pidfile, start a new one detached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the instance in --pidfile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pid file of the instance to control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the detached instance writes its output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer unhealthy (503) after this many health requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--replace and --stop need --pidfile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version and --slot are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--health must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--health-delay-ms must be a number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--health-fail-after must be a number of requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer this fraction (0 to 1) of requests with HTTP 500 (fault).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this delay to every answer (fault).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report this version instead (fault).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--error-rate must be a number from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--latency-ms must be a number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::SampleServer</name>
    <message>
        <source>%1 is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults can only be set from loopback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faults set: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ApprovalPolicy</name>
    <message>
        <source>no approval required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any registered identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approval(s) for %2 from %3; approvals last %4 min; emergency rollback %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed alone (reviewed afterwards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emergency rollback without approval: to be reviewed afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting approvals: %1 of %2 (approved by %3; awaited from %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody: no other identity may approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is signed by the key %1, which belongs to no registered identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed another plan (digest %2…, this plan is %3…): the plan changed or the approval is for another deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 by %2 expired at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identity %1 was revoked before it signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed with a key that was not theirs at the time of signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requested this deployment and cannot approve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not approve in %2 (policy: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already approved this plan; one approval per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already rejected this plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ApprovalRepository</name>
    <message>
        <source>This approval (the same signature) was already recorded: a replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This identity already decided on this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace refused the approval: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace refused the policy change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ApprovalService</name>
    <message>
        <source>Refused: the approval&apos;s signature does not verify (it was altered after signing, or not signed by the key it names). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: this approval was already recorded (a replay of the same signed approval).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the approval is signed by the key %1, which belongs to no identity registered in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the approval is for plan %1…, but deployment #%2 runs plan %3… (another plan, environment or version — or the plan changed since).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: no deployment in this workspace has plan %1… (an approval for another plan or environment, or a plan that changed since).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wait for %n signed approval(s) of this plan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>policy of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approvers sign this plan&apos;s digest; the requester does not count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked again just before the switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment #%1 was rejected by %2; it cannot go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ApprovalSignature</name>
    <message>
        <source>The approval file has no field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval file has an unexpected field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval file&apos;s field &quot;%1&quot; is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval file&apos;s field &quot;%1&quot; is not a UTC time like 2026-01-31T09:30:00.000Z: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan digest &quot;%1&quot; is not a SHA-256 in lower-case hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approval needs a signing time and an expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval expires before it is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature on the approval of plan %1 does not verify: the approval was altered or signed by another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature on the rejection of plan %1 does not verify: the rejection was altered or signed by another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval was signed by the key %1, not by the expected identity&apos;s key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval file is not JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval file is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Switchyard approval file (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval file has version %1; this Switchyard reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval file&apos;s field &quot;approval&quot; is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval file signs a &quot;%1&quot;, not an approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval file&apos;s plan digest &quot;%1&quot; is not a SHA-256 in lower-case hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval file&apos;s decision is &quot;%1&quot;; it must be &quot;approve&quot; or &quot;reject&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval file&apos;s signer key is unusable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval file&apos;s signature is unusable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::AuditLog</name>
    <message>
        <source>Could not append to the audit log: too many concurrent writers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is missing (found %2 next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not link to the entry before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::AuditVerifier</name>
    <message>
        <source>The workspace database refused a query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: %2&apos;s signature does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is signed with a key that is not registered to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 carries an unreadable approval: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 carries an approval signed by an unregistered key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is missing (found %2 next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not link to the entry before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is signed by a key that is not %1&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval %1 (by %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::AutomaticRollback</name>
    <message>
        <source>an emergency rollback: the policy of %1 lets it go with one person; it is flagged for review afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy of %1 requires approvals for rollbacks and allows no emergency rollback: the rollback waits for approvers to sign it; traffic stays on slot %2 until then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy of %1 asks no approval for rollbacks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::CloudConfig</name>
    <message>
        <source>The Cloudflare settings have no &quot;%1&quot;: set it in the environment&apos;s provider settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cloudflare router settings have no &quot;cloudflare.public_health_url&quot; (the health endpoint as users reach it through the Worker).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare account and namespace ids are 32 hexadecimal characters (got &quot;%1&quot; and &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase in one project needs &quot;supabase.prefixes&quot; (a function prefix per slot).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::CloudDeployer</name>
    <message>
        <source>No value for the function secret %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Supabase functions folder &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function %1 has no %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1/v1/projects/%2 (must be ACTIVE_HEALTHY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1/v6/deployments?projectId=%2&amp;target=production&amp;sha=%3 (reuse a build of the commit if one exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1/v13/deployments/{id} every %2 s until READY (timeout %3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1/v9/projects/%2 until production is the new deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase: checking project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase project %1 (%2) is %3, not ACTIVE_HEALTHY: nothing was deployed. Wait until it is healthy, then resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase: project %1 (%2) is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase: setting function secrets %1 (values not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase: deploying function %1 to project %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase: function %1 is version %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vercel: %1 already builds %2 in %3 (%4); using it instead of building again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vercel: creating a deployment of %1 in project %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vercel: %1 is READY at https://%2; promoting it in %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::CloudStandby</name>
    <message>
        <source>A cloud environment needs the cloudflare-kv router.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying to the standby slot %1 failed; users still get the live slot. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::CloudTokens</name>
    <message>
        <source>No %1 API token for environment %2: %3 is not set. Set it, or store the token in the keychain with “switchyard token set --env %2 --provider %4”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::CloudflareClient</name>
    <message>
        <source>verify the API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare token %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare token %1 is %2 (expires %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read %1 from Workers KV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write %1 in Workers KV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload the router Worker %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::CloudflareKvRouter</name>
    <message>
        <source>%1 (remember the current value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read back: must be %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1 every %2 s for up to %3 s until %4 answers in a row come from slot %5 (X-Switchyard-Slot), healthy%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on failure: write the previous value of %1 back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare KV: %1 reads back as &quot;%2&quot; right after writing &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cloudflare router is already switching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 from Workers KV namespace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 = %2 (was %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads back as %2; waiting for the edge to serve slot %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch failed; writing %1 = %2 back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 = %2 back failed too: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no slot header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propagation: %1 of %2 answers from %3 (%4 in a row, last: %5, HTTP %6), %7 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: %1 serves slot %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare: %1 still did not serve slot %2 after %3 s (last answer: HTTP %4, slot &quot;%5&quot;, %6). KV changes can take about a minute to reach every location; traffic was put back. Check the Worker and its KV binding, then resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router Worker script is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the router Worker %1 with KV binding %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::CommandRunner</name>
    <message>
        <source>Cannot start %1: %2 is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 ms and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with exit code %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::Communication</name>
    <message>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuspage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::CommunicationOutbox</name>
    <message>
        <source>%1 is not configured for this workspace (switchyard incident channel set …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 secret could not be read from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Next try in %2 s (attempt %3 of %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::CommunicationTemplates</name>
    <message>
        <source>[{severity}] We&apos;re investigating reports of issues with {service} ({environment}). We&apos;ll provide updates as we learn more. Next update by {eta}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[{severity}] We&apos;ve identified the issue affecting {service} ({environment}) and are working on a fix. Next update by {eta}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[{severity}] A fix for {service} ({environment}) is in place and we are monitoring the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue with {service} ({environment}) has been resolved. We apologize for any inconvenience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::DemoSandbox</name>
    <message>
        <source>The demo sandbox has no state file in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free loopback ports for the demo sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the demo state file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer-facing web app and its API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot blue did not prove healthy: the health endpoint answered HTTP 503, status unhealthy (database: Connection refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring after the switch failed: probe 3/5 answered HTTP 503</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::DeployStandbyStep</name>
    <message>
        <source>Slot %1 has no deploy command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::DeploymentRunner</name>
    <message>
        <source>Deployment #%1 is %2, not interrupted; there is nothing to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming deployment #%1 at step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment %1 is being deployed by deployment #%2 (step %3, process %4); one deployment at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment #%1 to %2 was interrupted in step %3. Resume it or roll back first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted in step %1; rolled back by deployment #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: the process running this step stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown step “%1” in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming failed deployment #%1 at step %2 (it failed with %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming failed deployment #%1: step %2 failed with %3; verifying the standby again from step %4 before any switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment #%1 to %2 is awaiting approval. Resume it once approved (switchyard resume %1) or roll back to abandon it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::DeploymentSession</name>
    <message>
        <source>Rolling back automatically to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic rollback could not be planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic rollback (deployment #%1) is waiting for approval: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::Ed25519</name>
    <message>
        <source>The public key is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key has %1 bytes; an Ed25519 public key has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature has %1 bytes; an Ed25519 signature has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library (libsodium) could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key has %1 bytes; an Ed25519 secret key has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key is damaged: its two halves do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::EnvironmentRepository</name>
    <message>
        <source>There is no environment #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no environment named “%1”. Known environments: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several services have an environment named “%1”; name it as service/environment: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment has no slot named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::FinalizeStep</name>
    <message>
        <source>%1 is live with %2; %3 stays as hot standby (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::GitCommitTime</name>
    <message>
        <source>“%1” is not an ISO 8601 date and time (e.g. 2026-11-30T14:03:11+01:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git did not print one commit date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a commit SHA (4 to 64 hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git did not answer within %1 s in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git knows no commit %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::HealthExpectation</name>
    <message>
        <source>%1 answered HTTP %2, status %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the router still serves slot “%1”, expected “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports version “%2”, expected “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports commit “%2”, expected “%3”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::HealthProbe</name>
    <message>
        <source>%1 did not answer within %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::HealthReport</name>
    <message>
        <source>The health endpoint answered HTTP %1 without a health report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health report&apos;s field &quot;%1&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health report&apos;s field &quot;%1&quot; must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health report&apos;s field &quot;%1&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health report&apos;s field &quot;%1&quot; must be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health report&apos;s field &quot;%1&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health report has no field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health report&apos;s field &quot;%1&quot; is &quot;%2&quot;, which is not one of healthy, degraded or unhealthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 but the health report says &quot;%2&quot; (expected HTTP %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health report&apos;s field &quot;uptime&quot; is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 but the health report says &quot;ok&quot;: true (expected HTTP 2xx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health report&apos;s field &quot;timestamp&quot; must be a string or a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health endpoint answered HTTP %1 with an empty body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health endpoint answered HTTP %1 with a body that is not JSON: %2 at offset %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health endpoint answered HTTP %1 with JSON that is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health endpoint answered HTTP %1 with a JSON object that has neither &quot;status&quot; (system format) nor &quot;ok&quot; (diag format).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::HealthSampleRepository</name>
    <message>
        <source>A health sample needs an environment, a slot and a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollup buckets must be positive, the larger a multiple of the smaller.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::HttpClient</name>
    <message>
        <source>the connection closed before any answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::IdentityKeyStore</name>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This keychain holds no signing key for %1 (create the identity here, or sign on the machine that has its key).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::IdentityRepository</name>
    <message>
        <source>An identity with this name or this public key is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace server refused the identity change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity needs a name of 1–100 characters without commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity needs a 32-byte Ed25519 public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity %1 is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity named %1 is registered in this workspace (see “switchyard identity list”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::Incident</name>
    <message>
        <source>Complete service outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major feature broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor feature degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalate immediately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalate within 2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalate next business day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::IncidentMetrics</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::IncidentRepository</name>
    <message>
        <source>There is no incident #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no communication #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication #%1 has not failed; only failed updates can be retried.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::Incidents</name>
    <message>
        <source>An incident needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident cannot be detected (%1) before it started (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1 is resolved; open a new incident instead of changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deployment is linked as “cause”, “rollback” or “related”, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every preventive action needs a description and an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An update needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment #%1 is not a rollback of another deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic rollback of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic is back on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::KeyRotation</name>
    <message>
        <source>The key in this keychain is not %1&apos;s registered key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old key stays in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rotation is not in the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key is registered but still sits in the keychain entry %1; the next unlock moves it: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::KeychainTokens</name>
    <message>
        <source>The token store was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switchyard token set --env %1 --provider %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 API token for environment %2: none is stored in the keychain and %3 is not set. Store one with “%4” (it reads the token from standard input), or set %3 in CI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 API token for environment %2: none is stored in the keychain. Enter it in the environment&apos;s provider settings, or run “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::MigrateStep</name>
    <message>
        <source>The plan names no release whose migrations could run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment %1 has no database to migrate any more (switchyard env set-database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the password of %1 from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 could not be read from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Migrating %1: %n file(s) in the release.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::MigrationFile</name>
    <message>
        <source>%1: a migration file is named &lt;version&gt;_&lt;name&gt;.sql, the version being digits (for example 20240101120000_add_users.sql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 holds %2, which cannot run inside a transaction block: the file runs statement by statement, and a failure leaves the statements before it applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: “%3” is not a requirement; write “-- requires: table schema.table”, “-- requires: column schema.table.column” or “-- requires: function schema.function”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::MigrationLinter</name>
    <message>
        <source>%1:1:1: cannot read the migration: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: the migration does not parse: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the SQL parser&apos;s output could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DO block&apos;s body is not analysed: the linter cannot see which statements it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer plain SQL statements in migrations, or review the block by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This statement takes an ACCESS EXCLUSIVE lock on %1 without a lock_timeout: while it waits for the lock, every other query on the table queues behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run SET lock_timeout = &apos;2s&apos; (or SET LOCAL inside the transaction) before it, and retry the migration if it times out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropping column %1 of %2 breaks code that still reads or writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand/contract: release code that no longer uses %1 first, then drop the column in a later contract release (lint it with --contract).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the type of column %1 of %2 rewrites the table under an ACCESS EXCLUSIVE lock and breaks code that still expects the old type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new column of the new type, write to both and backfill in batches, release code that reads the new column, then drop %1 in a contract release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SET NOT NULL on %1 of %2 scans the whole table under an ACCESS EXCLUSIVE lock, and old code that still writes NULL there will fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once no running code writes NULL: ADD CONSTRAINT … CHECK (%1 IS NOT NULL) NOT VALID, then VALIDATE CONSTRAINT in a separate statement, then SET NOT NULL (no scan, PostgreSQL 12+) and drop the CHECK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding column %1 to %2 with the volatile default %3 rewrites the whole table under an ACCESS EXCLUSIVE lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the column without a default (or with a constant one), set the default in a separate statement, and backfill existing rows in batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding column %1 to %2 as NOT NULL without a default fails on a table that has rows, and old code that does not write the column fails too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the column as nullable (or with a constant default), backfill it, release code that writes it, then enforce NOT NULL through a validated CHECK constraint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding foreign key %1 on %2 checks every row while holding SHARE ROW EXCLUSIVE locks on %2 and %3, blocking their writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the constraint with NOT VALID, then run ALTER TABLE … VALIDATE CONSTRAINT in a separate statement (it takes only SHARE UPDATE EXCLUSIVE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding CHECK constraint %1 on %2 scans the whole table under an ACCESS EXCLUSIVE lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1 constraint %2 on %3 builds its index under an ACCESS EXCLUSIVE lock, blocking reads and writes for the whole build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATE UNIQUE INDEX CONCURRENTLY first (in a migration of its own), then ALTER TABLE … ADD CONSTRAINT … %1 USING INDEX, which only takes a brief lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming table %1 to %2 breaks code that still uses the old name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the new table (or a view named %2 over %1), move the code over in a release, then drop the old name in a contract release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming column %1 of %2 to %3 breaks code that still uses the old name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add column %2, write to both and backfill in batches, release code that reads %2, then drop %1 in a contract release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropping table %1 breaks code that still uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release code that no longer uses %1 first, then drop the table in a later contract release (lint it with --contract).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropping function %1 breaks code that still calls it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1 until no running code calls it and drop it in a contract release; to change it, create a function under a new name and move the code to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRUNCATE %1 deletes every row, which code that is still running may need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release code that no longer needs the rows first, then empty or drop the table in a contract release; or delete in batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY cannot run inside a transaction block: this migration fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the statement out of BEGIN … COMMIT, into a migration file of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATE INDEX on %1 without CONCURRENTLY blocks writes to the table (SHARE lock) for the whole build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use CREATE INDEX CONCURRENTLY, outside a transaction block (in a migration file of its own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATE of every row of %1 in one statement locks all rows and writes a new version of each, blocking concurrent writers until it commits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backfill in batches (for example by primary key ranges), each in its own transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DROP INDEX CONCURRENTLY cannot run inside a transaction block: this migration fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DROP INDEX %1 without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on its table: reads and writes queue behind it while it waits for the lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use DROP INDEX CONCURRENTLY %1, outside a transaction block (in a migration file of its own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table of index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every table of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VACUUM FULL rewrites %1 under an ACCESS EXCLUSIVE lock: no reads or writes until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave space reclamation to autovacuum (or plain VACUUM); to shrink a bloated table online use pg_repack or pg_squeeze, outside the deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every previously clustered table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLUSTER rewrites %1 under an ACCESS EXCLUSIVE lock: no reads or writes until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not reorder tables in a migration; if it is needed, use pg_repack (online) outside the deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REINDEX CONCURRENTLY cannot run inside a transaction block: this migration fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REINDEX %1 without CONCURRENTLY blocks writes to the table (SHARE lock) and locks the index being rebuilt (ACCESS EXCLUSIVE) for the whole rebuild.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use REINDEX … CONCURRENTLY (PostgreSQL 12+), outside a transaction block, in a migration file of its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::MigrationOverviewLoader</name>
    <message>
        <source>The password of %1 could not be read from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::MigrationRunner</name>
    <message>
        <source>The database refused a migration bookkeeping query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL %1 is not of the form postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL %1 holds a password: passwords do not belong on command lines. Remove it from the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 have the same version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQL driver QPSQL is not installed (Debian package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not answer a catalog query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed after it was applied to %2 (its SHA-256 differs from the recorded one). Migrations are forward-only: restore the file and add a new migration. Nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another migration run holds the migration lock on %1; gave up after waiting %2 ms. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for another migration run on %1 to finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database refused to commit the migration: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 lacks what the migrations declare the new code needs: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing to apply: %n migration(s) already applied.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n statement(s) in one transaction</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n statement(s) one by one — %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Applied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is older than the newest migration applied to %2 (%3): applying it now would run it after migrations that were written later. Rename it to a newer version, or apply it anyway with --include-all. Nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the table lock was not granted within lock_timeout = %1 ms: another session holds it; retry when it is idle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: the migration failed at “%3”: %4%5
Its transaction was rolled back: nothing of %1 was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: the migration failed at “%3”: %4%5
%1 runs statement by statement: the statements before line %2 stay applied and it is not recorded as applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 ran statement by statement: its %n statement(s) stay applied, but it is not recorded as applied.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Its transaction was rolled back: nothing of %1 was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resuming: %n planned migration(s) were applied by the earlier attempt.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database changed since the plan was made: the plan applies %1, but pending now is %2 (someone applied or removed a migration meanwhile). Nothing was applied. The plan is out of date, so its approvals are void: plan the deployment again and have it approved again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::MonitorStep</name>
    <message>
        <source>Probe %1/%2 through the router: healthy, slot %3, version %4 (%5 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe %1/%2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring after the switch failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting %1 ms for the router to settle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::NginxInstance</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx was not found (looked for &quot;%1&quot;). Install nginx to run a local router.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx under %1 is already running (pid %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx under %1 did not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx under %1 started but wrote no pid file to %2 within %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx (pid %1) under %2 did not stop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::NginxRouter</name>
    <message>
        <source>write %1 (upstream %2 → %3, slot %4), keeping the current file as %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1 until it answers X-Switchyard-Slot: %2 with a healthy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1 until it answers X-Switchyard-Slot: %2 with a healthy report of version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on failure: put the previous %1 back and reload nginx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router for %1 is already switching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot route to slot &quot;%1&quot; at &quot;%2&quot;: the slot must be a simple name and the upstream host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1: %2 → slot %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx rejected the new configuration; traffic stays where it was: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx rejected the new configuration: %1. Putting the previous %2 back failed too: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloading nginx: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx could not reload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying that %1 serves slot %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx&apos;s previous workers stopped taking connections %1 ms after the switch began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx&apos;s previous workers (pid %1) still take connections after %2 ms: some users would still reach the old slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification failed; putting the previous %1 back and reloading nginx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Putting the previous %2 back failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic is back on the previous upstream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Reloading nginx with the previous %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: %1 serves slot %2 (version %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not serve slot %2 within %3 ms; the last request failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not serve slot %2 within %3 ms; last answer: HTTP %4, X-Switchyard-Slot &quot;%5&quot;, health %6, version &quot;%7&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::NginxRouterConfig</name>
    <message>
        <source>The nginx router settings have no &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nginx router setting &quot;%1&quot; must be a non-empty string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nginx router setting &quot;verifyUrl&quot; is not an http(s) URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nginx router setting &quot;upstreamName&quot; may only hold letters, digits and underscores: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::NotificationClient</name>
    <message>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuspage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached (network error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the update (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuspage answered without an incident id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the update (HTTP %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::PendingMigrations</name>
    <message>
        <source>The password of %1 could not be read from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::Plan</name>
    <message>
        <source>The stored plan is incomplete and cannot be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::Planner</name>
    <message>
        <source>%1 is already live in %2 (slot %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to roll back to in %1: the standby slot %2 has never run a version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment %1 has no slot %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check configuration, lifecycle order and router state; take the deploy lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the slots, deploy command and router configuration of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take the deploy lock of %1 (one deployment at a time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>require %1 to have succeeded in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy %1 to the standby slot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 (timeout %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify that %1 answers healthy with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1 every %2 s for up to %3 s: healthy, version %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch traffic from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Watch what users get for %n probe(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>GET %1 %2 times, every %3 s: healthy, slot %4, version %5; a failure rolls back to %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 live and keep %2 as hot standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark %1 live (%2) and %3 standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release the deploy lock of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment %1 needs two slots, one of them live (found %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expand</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Database first: apply %n pending migration(s) of %1 (%2 release) to %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Database first: apply the pending migrations of %1 (%2 release) to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect to %1 (no password stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect to %1, password from the keychain entry %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take the migration advisory lock; lock_timeout %1 ms; refuse a pending version older than the newest applied one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>stop, applying nothing, if the database no longer needs exactly these %n file(s) (%1 already applied): the plan would be out of date</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>apply %1 (sha256 %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply %1 unless applied (sha256 %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check each file&apos;s “-- requires:” declarations before its COMMIT; record it in supabase_migrations.schema_migrations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::PostmortemReport</name>
    <message>
        <source>(not written yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventive actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::PreflightStep</name>
    <message>
        <source>Environment %1 needs a “%2” and a “%3” slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1 of %2 has no health URL or upstream address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1 of %2 has no deploy command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not been deployed successfully to %2 yet; it must succeed there before it can go to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router sends %1&apos;s traffic to slot %2, but the workspace says %3 is live. Check the router (or roll back) before deploying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration valid, lifecycle order respected, router in the expected state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ProbeLoop</name>
    <message>
        <source>No healthy answer within %1 s; last: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ProviderConnectionTester</name>
    <message>
        <source>Enter the %1 %2 first: the connection test needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 API base URL “%2” is not a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project ref</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ProviderError</name>
    <message>
        <source>HTTP %1, code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” failed (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>after %n attempt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be reached. Check the network and %1&apos;s status page, then resume the deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check %1&apos;s status page, then resume the deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the API token: store a valid, unexpired token with the needed permissions in the environment&apos;s provider settings (or the CI variable), then resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s rate limit is reached; resume in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s rate limit is reached; resume in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had a server error. Resume the deployment once %1&apos;s status page shows it has recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request. Check the environment&apos;s %1 settings (account, project, team and ids).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer that is not valid JSON (truncated or garbled). Resume the deployment once %1 answers normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported that the request failed. Check the environment&apos;s %1 settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent to %1. Once the token is stored, resume the deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: this is a dry run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request may have reached %1 before the connection failed: its outcome is unknown and must be checked (resuming checks before creating again).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ProviderTokens</name>
    <message>
        <source>Unknown provider “%1”: say vercel, supabase or cloudflare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 token was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 token is longer than %2 bytes: that is not an API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 token contains spaces, line breaks or control characters: paste exactly one token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 (the environment variable wins over the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was closed before the token was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 API token: store one with “switchyard token set” (or the environment&apos;s provider settings), or set %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 API token is stored for this environment: enter one in the environment&apos;s provider settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token store was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ReleaseMigrations</name>
    <message numerus="yes">
        <source>%n statement(s) in one transaction</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) one by one</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>lint: %1 error(s), %2 warning(s), %3 info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder of migration files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no &lt;version&gt;_&lt;name&gt;.sql migration files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the migrations folder of %2 but was not part of the release when it was registered. Register a new release for new migrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed since release %2 was registered (its SHA-256 differs). Register a new release for changed migrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 needs the migration %2, which is not in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no folder recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an expand release, but %2:%3 breaks code that is still running (%4): %5 %6 If this is the contract step, register the release with --contract.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ResumePolicy</name>
    <message>
        <source>Deployment #%1 cannot be resumed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1, not failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployment #%1 (%2 %3) ran in the same environment after it, so its plan is out of date. Plan a new deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its journal records no failed step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a new rollback once the cause is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the cause and deploy again (switchyard deploy --env %1 --version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its journal does not say why step %1 failed (it predates error codes). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 failed after traffic had moved to %2. Roll back instead (switchyard rollback --env %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 failed because the release itself did not prove healthy (%2), which running it again cannot fix. Traffic was not switched to it. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 failed with %2, which is not a provider outage or a token problem that resuming gets past. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::RollbackTrigger</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error rate &gt; %1 over %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 latency &gt; %1 over %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 latency &gt; %1 over %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 latency &gt; %1 over %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 consecutive failed probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded for %1 within %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::RollbackTriggerRepository</name>
    <message>
        <source>The threshold of “%1” must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error rate threshold is a fraction from 0 to 1 (0.05 = 5 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window of “%1” must be at least one second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum number of samples of “%1” must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cool-down of “%1” must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::RouterFactory</name>
    <message>
        <source>Environment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment %1 uses router “%2”, which this build does not know (known: nginx, cloudflare-kv).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::SampleServiceControl</name>
    <message>
        <source>Could not start the sample service %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 did not finish within %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::SealedKey</name>
    <message>
        <source>Could not derive a key from the passphrase (Argon2id needs %1 MiB of memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sealed key is damaged and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the sealed key has been altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sealed key has format version %1; this Switchyard reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::SecretStore</name>
    <message>
        <source>The system keyring did not answer (tried twice) while accessing &quot;%1&quot;. Make sure a Secret Service such as GNOME Keyring is running and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring holds no secret &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring refused access to the secret &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring could not delete the secret &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring could not store the secret &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring could not read the secret &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::SupabaseClient</name>
    <message>
        <source>read project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Supabase token can read project %1 (%2, %3): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the health of project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy edge function %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set function secrets %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list function secrets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::SwitchStep</name>
    <message>
        <source>There is no slot %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::Timeline</name>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 probes failed in these %3 (rolled up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic rollback #%1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual rollback #%1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment #%1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update to %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Update to %1 NOT delivered after %n attempt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Update to %1 waiting in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::TriggerEvaluator</name>
    <message>
        <source>%1: %2 of %3 samples needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: now %2 (%3 samples)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::TriggerIncidentSink</name>
    <message>
        <source>Automatic rollback of %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic rollback of %1 (%2) is waiting for approval: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic rollback of %1 (%2) failed: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback deployment #%1 is waiting for approval; traffic stays on slot %2 until approvers sign it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::TriggerWatcher</name>
    <message>
        <source>Rolling back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on slot %2 (%3): rolling back automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback proposed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on slot %2 (%3). Consider rolling back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health alert in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on slot %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standby slot %1 has not been probed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standby slot %1 has not answered a probe for %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standby slot %1 is unhealthy itself: its last probe failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standby slot %1 is unhealthy itself: %2 of its last %3 probes failed (%4 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic rollback fired by trigger “%1”: %2 on slot %3 (%4); figures: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic rollback of %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic is back on the previous slot after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic rollback of %1 (deployment #%2) is WAITING FOR APPROVAL: %3. %4. Approvers must sign it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback of %1 waits for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic rollback of %1 refused: %2. Traffic stays on %3; act by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback of %1 blocked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::VercelClient</name>
    <message>
        <source>The Vercel token can read project %1 (%2, account %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a deployment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vercel: “create a deployment of %1” was not sent: the environment&apos;s Vercel settings have no repo_id (the id of the Git repository linked to project %2). Set it, then deploy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vercel: “create a deployment” was not sent: the release has no commit SHA. Register the release with --commit, then deploy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vercel deployment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Vercel: deployment %1 was still %2 after %n second(s). Look at its build in Vercel, then resume the deployment.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Vercel: deployment %1 ended %2%3. Fix the build (see its inspector page), then deploy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list deployments of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list deployments of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promote deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roll back to deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vercel: another alias job is running; waiting for it to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vercel: rollback to %1 requested; waiting for production to switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vercel: promotion of %1 requested; waiting for production to switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vercel: another promote or rollback of %1 is still running. Wait for it in Vercel, then resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vercel: %1 job %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vercel: switching production of %1 to deployment %2 failed. Production still serves %3; see the project&apos;s domains in Vercel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vercel: production of %1 did not switch to deployment %2 in time (still %3). Check the project in Vercel, then resume.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::VerifyStandbyStep</name>
    <message>
        <source>There is no slot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: healthy, version %2 (%3 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1 did not prove healthy: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::Workspace</name>
    <message>
        <source>There is no deployment #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another deployment (#%1) holds this environment&apos;s deploy lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another process took over this environment&apos;s deploy lock first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no release #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no release %1. Known releases: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was written by a newer Switchyard (schema version %1; this build knows up to %2). Upgrade Switchyard to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is not a Switchyard workspace (it has tables but no switchyard_schema); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the workspace to schema version %1 failed; it was left at version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database refused a query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace URL %1 is not of the form postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used as a workspace (damaged or not a database): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used as a workspace (damaged or not a database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Switchyard workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the workspace file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Switchyard workspace: it is not an SQLite database (damaged or another kind of file). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Switchyard session is deploying this environment now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen for team updates on the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>switchyard-sample %1 %2 listening on %3:%4 (health %5) pid %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report::PostmortemPdf</name>
    <message>
        <source>Writing a PDF needs the GUI libraries (QGuiApplication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1 postmortem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ApprovalDialog</name>
    <message>
        <source>Reject deployment #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve deployment #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan digest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing as &lt;b&gt;%1&lt;/b&gt;, requested by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (signed with the rejection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional comment (signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocks your signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ApprovalStatusView</name>
    <message>
        <source>Continue the deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;✘ %1 %2 — does not count: %3&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;… awaiting %1&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ApprovalsActions</name>
    <message>
        <source>&amp;Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals — signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprovals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approvals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ApprovalsInbox</name>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2
asked by %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · awaits you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deployment is waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) waiting for approval</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing selected.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Asked by &lt;b&gt;%1&lt;/b&gt; on %2.&lt;br&gt;Plan digest: &lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What changes:&lt;/b&gt; version %1 → %2; traffic %3.%4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Includes &lt;b&gt;contract&lt;/b&gt; migrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;✘ %1 %2 — does not count: %3&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;… awaiting %1&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ChooseTargetPage</name>
    <message>
        <source>Choose what to deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release goes to the standby slot first; traffic moves only after it proves healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slots now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploys to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the standby slot; %2 keeps serving users until %1 proves healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (live now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit %1 · created %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::DeployResultPage</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic is on the new release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::DeployWizard</name>
    <message>
        <source>Deploy a release</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::DeploymentDetailsView</name>
    <message>
        <source>Release:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slots:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan digest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a deployment to see its steps and log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback #%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment #%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (rolls back deployment #%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, took %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::DeploymentMarkers</name>
    <message>
        <source>rollback → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (aborted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::DeploymentRunView</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming deployment #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic rollback #%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the failed step again (a failed switch first verifies the standby again), then the steps after it. Traffic stays where it is until the switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The provider failed; traffic was not switched to an unverified slot. Once the provider has recovered (or the token is stored), resume this deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume deployment #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::EnvironmentCard</name>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy a release to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move traffic back from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no standby version to roll back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency, error rate and status of %1 over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::EnvironmentOverview</name>
    <message>
        <source>router: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 router · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no environments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the environments: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::HealthChart</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency (p50 thin, p95 thick), ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rate, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback threshold: p95 over %L1 ms for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback threshold: errors over %L1 % for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (above this scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rollback trigger on p95 latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rollback trigger on the error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bucket from %2: p50 %3 · p95 %4 · errors %5 % (%6 of %7)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::HealthDashboard</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the health samples: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no samples in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors %1 % over %2 (%3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 %1 ms over %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no latency over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n consecutive failure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>last: %1 %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 UTC · %n sample(s) · %3 buckets · %4 marker(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a line to see the exact sample: time, slot, status, HTTP status, latency, version and error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::HealthDashboardModel</name>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · HTTP %2 · %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · no HTTP answer · %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::HealthRanges</name>
    <message>
        <source>15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::HealthStrip</name>
    <message>
        <source>no samples yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, last %2 min: %3 healthy, %4 degraded, %5 unhealthy or unanswered probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>99.9 % ok</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::HealthSummary</name>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad health report (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unhealthy (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Checked at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy · %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded · %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · reports %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 in %3 ms at %4; reported version %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no health URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This slot has no health URL to probe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::IdentitiesDialog</name>
    <message>
        <source>Create my identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate my key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64 public key from “switchyard identity export-public”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1; the private key is in this machine&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered %1&apos;s public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated %1&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::InterruptedBanner</name>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the interrupted step again from its start, then the steps after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move traffic back to the slot that was live before this deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more deployment(s) were interrupted too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rollback #%1 of %2 (%3 → %4) was interrupted before its first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment #%1 to %2 (%3 → %4) was interrupted before its first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback #%1 of %2 (%3 → %4) was interrupted during step “%5”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment #%1 to %2 (%3 → %4) was interrupted during step “%5”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback #%1 of %2 (%3 → %4) is awaiting approval. Resume it once approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment #%1 to %2 (%3 → %4) is awaiting approval. Resume it once approved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::LeadershipWindow</name>
    <message>
        <source>PROBLEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATTENTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchyard — Leadership view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchyard — Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status and update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postmortem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load older incidents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery (DORA) per environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change failure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time runs from a release&apos;s commit to its successful deploy; for releases registered without a commit time, from their registration in Switchyard (the cell says for how many).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no health samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health: %1 at %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open incident(s), worst %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>last deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no environments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: %1 &amp;nbsp;&amp;nbsp; %2 &amp;nbsp;&amp;nbsp; %3 &amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp; Investigating %4 · Identified %5 · Monitoring %6 · Resolved %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents — nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 — %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · commander %3 · detect %4 · mitigate %5 · resolve %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compute the DORA figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 per day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n restore(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 deploys counted from the release&apos;s registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* lead time from the release&apos;s registration for %1 of %2 deploys (no commit time recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot queue the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Switchyard — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit while a deployment runs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deployment is still running. If you quit now it stops where it is and shows as interrupted; you can resume it or roll it back later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy a release to an environment (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move an environment&apos;s traffic back to its previous slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment to roll back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot roll back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resume deployment #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment #%1 starts again from its first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment #%1 continues with step “%2”, which runs again from its start (steps are idempotent), then the steps after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume deployment #%1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on slot %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled back automatically (deployment #%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic rollback #%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Migrations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied and pending database migrations per environment, with lint findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Health dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency, error rate and status of every slot over time (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback &amp;triggers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud &amp;providers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider settings, API tokens and connection tests of an environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incidents and leadership view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the health dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::MigrationsView</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no migrations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n migration(s), %2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the migrations of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied (not in this release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement by statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no database (switchyard env set-database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 applied, %3 pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Release %1 is an %2 release with %n migration file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deploying it is refused: a migration breaks code that is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to the database, but not part of this release&apos;s migrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[rewrites the table]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[breaks old code]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe alternative:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::OpenIncidentDialog</name>
    <message>
        <source>Open an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (respond within %3 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What users see, what we know so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::PlanText</name>
    <message>
        <source>Traffic for %1 moves from %2 back to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchyard will:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a check fails, traffic stays on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::PostUpdateDialog</name>
    <message>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuspage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1: status and update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 15:30 UTC (default: in an hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what changed, in a sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next update (ETA):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview — exactly what is sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status (send nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has placeholders Switchyard does not know: %1. They are sent as written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::PostmortemDialog</name>
    <message>
        <source>Postmortem of incident #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventive action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventive actions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ProviderRefsLabel</name>
    <message>
        <source>%1 deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KV value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Worker version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ProviderSettingsDialog</name>
    <message>
        <source>Team ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project ref:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV namespace ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20 lowercase letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32 hexadecimal characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud providers — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings Switchyard uses to reach each provider for &lt;b&gt;%1&lt;/b&gt;. API tokens are kept in the system keychain; the workspace only records which keychain entry holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a new token to store it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is written to the keychain and never shown again. The command line also reads %1, which wins there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ReviewPlanPage</name>
    <message>
        <source>Plan digest (what approvers sign):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet. These are the steps that will run, with every action they take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot deploy %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration lint (%1 release):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy is blocked: this expand release carries a migration that breaks code that is still running. Fix the migration or register the release as a contract release.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::RunDeploymentDialog</name>
    <message>
        <source>Resume deployment #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::RunDeploymentPage</name>
    <message>
        <source>Deploying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step is written to the workspace before the next starts; you can watch it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::RunOutcome</name>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back: %1 is on %2 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded: %1 is live in %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback of %1 could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment to %1 could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback #%1 of %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment #%1 to %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback #%1 of %2 failed in step “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment #%1 to %2 failed in step “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic moved from %1 to %2; %1 stays as hot standby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic may already be on %1: check %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic was not moved: it stays on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchyard rolled back automatically (rollback #%1): traffic is back on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic rollback #%1 failed too: %2 Check %3 now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::StatusBand</name>
    <message>
        <source>no samples in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 – %4 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::StatusText</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STANDBY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOPPED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::TimelineView</name>
    <message>
        <source>Deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::TriggerNotifier</name>
    <message>
        <source>Trigger fired in %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchyard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback trigger in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::TriggerSettingsDialog</name>
    <message>
        <source>Error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consecutive failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min. samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cool-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A breach on the live slot fires the action, then the trigger rests for its cool-down. The standby must be healthy before traffic moves back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::models::DeploymentHistoryModel</name>
    <message>
        <source>Rolls back deployment #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::models::IncidentListModel</name>
    <message>
        <source>open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::models::StepRecordModel</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::models::TimelineModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
