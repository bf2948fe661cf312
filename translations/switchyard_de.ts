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

Every command takes --json for machine output and --help for its options;
--verbose shows the subsystems&apos; log lines.
The workspace defaults to $SWITCHYARD_WORKSPACE, else %1.
Exit codes: 0 done, 1 failed, 2 usage or bad input, 3 blocked by policy.</source>
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
