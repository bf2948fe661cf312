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
        <source>The interrupted deployment&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue an interrupted deployment from the step it was in.</source>
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
        <source>resume: give the number of the interrupted deployment (see “switchyard status”).</source>
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
  resume ID                                   continue an interrupted deployment
  history [--env NAME] [--limit N]            past deployments
  audit verify                                check the audit log&apos;s hash chain
  release add --version V [--commit SHA]      register a release
  demo up | demo down                         start / stop the demo sandbox
  migrations lint PATH… [--contract]          lint SQL migration files
  migrations status --database URL --dir PATH applied and pending migrations
  migrations apply --database URL --dir PATH [--dry-run]
                                              apply pending migrations

Every command takes --json for machine output and --help for its options;
--verbose shows the subsystems&apos; log lines.
The workspace defaults to $SWITCHYARD_WORKSPACE, else %1.
Exit codes: 0 done, 1 failed, 2 usage or bad input, 3 blocked by policy.</source>
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
        <source>migrations %1: give --database URL and --dir PATH (and no other arguments).</source>
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
        <source>%1: the migration does not parse: %2</source>
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
        <source>%1:%2: the migration failed at “%3”: %4
Its transaction was rolled back: nothing of %1 was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: the migration failed at “%3”: %4
%1 runs statement by statement: the statements before line %2 stay applied and it is not recorded as applied.</source>
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
    <name>core::RouterFactory</name>
    <message>
        <source>Environment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment %1 uses router “%2”, which this build does not know (known: nginx).</source>
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
    <name>core::SwitchStep</name>
    <message>
        <source>There is no slot %1.</source>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>switchyard-sample %1 %2 listening on %3:%4 (health %5) pid %6</source>
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
</TS>
