#include "Gui.h"

#include <cstdio>
#include <functional>
#include <memory>
#include <sys/resource.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "CliApprovals.h"
#include "TeamPassword.h"
#include "UserName.h"
#include "core/AppContext.h"
#include "core/demo/DemoSandbox.h"
#include "core/providers/cloud/KeychainTokens.h"
#include "core/secrets/ProviderTokens.h"
#include "core/secrets/SecretStore.h"
#include "core/store/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/leadership/LeadershipWindow.h"

using namespace Qt::StringLiterals;

namespace app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(app::Gui)
};

// Peak resident memory of this process in KiB (VmHWM), 0 if unknown.
qint64 peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// For tests/bench (SWITCHYARD_BENCH_STARTUP): when the watched window paints its first frame that shows
// its data (`ready`), prints one line — "shown", the milestones of Gui::run in ms, the process's CPU time so
// far (getrusage) and its peak memory (last, as before) — then quits.
class FirstPaintReporter final : public QObject
{
public:
    FirstPaintReporter(QObject *parent, std::function<bool()> ready)
        : QObject(parent)
        , m_ready(std::move(ready))
    {}

    // A milestone, in ms since Gui::run started (after QApplication's construction).
    void mark(const char *what, qint64 ms = -1)
    {
        m_marks += u" %1_ms=%2"_s.arg(QLatin1StringView(what)).arg(ms < 0 ? clock().elapsed() : ms);
    }

    static QElapsedTimer &clock()
    {
        static QElapsedTimer t;
        if (!t.isValid())
            t.start();
        return t;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_reported && m_ready()) {
            m_reported = true;
            // The whole window is painted in this pass (children after the top level): report after it.
            QTimer::singleShot(0, this, [this] {
                mark("painted");
                rusage usage{};
                getrusage(RUSAGE_SELF, &usage);
                auto ms = [](const timeval &t) {
                    return static_cast<long long>(t.tv_sec) * 1000 + t.tv_usec / 1000;
                };
                std::printf("shown%s cpu_user_ms=%lld cpu_sys_ms=%lld peak_rss_kb=%lld\n",
                            m_marks.toUtf8().constData(), ms(usage.ru_utime), ms(usage.ru_stime),
                            static_cast<long long>(peakRssKb()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool()> m_ready;
    QString m_marks;
    bool m_reported = false;
};

// Starts (or finds) the demo sandbox. The first start takes about a second (nginx and four
// sample services), so it runs on a worker thread behind a busy indicator.
core::Result<core::DemoInfo> startDemoSandbox()
{
    core::DemoSandbox sandbox;
    if (sandbox.isRunning())
        return sandbox.up();
    QProgressDialog progress(Tr::tr("Starting the demo sandbox: a private nginx and four sample services on "
                                    "loopback…"),
                             QString(), 0, 0);
    progress.setWindowTitle(Tr::tr("Switchyard"));
    progress.setCancelButton(nullptr);
    progress.setMinimumDuration(0);
    QFutureWatcher<std::optional<core::Result<core::DemoInfo>>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&sandbox] { return std::optional(sandbox.up()); }));
    progress.show();
    loop.exec();
    return *watcher.result();
}

} // namespace

int Gui::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Switchyard: blue-green releases without downtime."));
    parser.addHelpOption();
    parser.addOption({u"workspace"_s, Tr::tr("Workspace file or postgresql:// URL."), Tr::tr("path")});
    parser.addOption({u"demo"_s, Tr::tr("Start (or reuse) the demo sandbox and open its workspace.")});
    parser.addOption(
        {u"leadership"_s, Tr::tr("Open the read-only leadership view (incidents, timelines, DORA).")});
    parser.process(QStringList{QCoreApplication::applicationFilePath()} + arguments);

    QString location = parser.value(u"workspace"_s);
    if (parser.isSet(u"demo"_s)) {
        auto info = startDemoSandbox();
        if (!info.ok()) {
            QMessageBox::critical(nullptr, Tr::tr("Demo sandbox"),
                                  Tr::tr("The demo sandbox could not start:\n%1").arg(info.error().message));
            return 1;
        }
        location = info->workspacePath;
    }
    if (location.isEmpty()) {
        const QString fromEnv = qEnvironmentVariable("SWITCHYARD_WORKSPACE");
        location = fromEnv.isEmpty() ? core::Workspace::defaultLocation() : fromEnv;
    }
    const bool bench = qEnvironmentVariableIsSet("SWITCHYARD_BENCH_STARTUP");
    FirstPaintReporter::clock().start(); // Gui::run: after QApplication's construction
    auto workspace = core::Workspace::open(TeamPassword::withPassword(location));
    if (!workspace.ok()) {
        QMessageBox::critical(nullptr, Tr::tr("Cannot open the workspace"), workspace.error().message);
        return 2;
    }
    // Provider tokens come from the keychain entries the environments' settings name (the CI
    // variables count only in the CLI).
    core::SecretStore tokenStore(QString::fromLatin1(core::ProviderTokens::kKeychainService));
    core::ProviderTokens providerTokens(tokenStore);
    const core::KeychainTokens keychainTokens(providerTokens);
    QNetworkAccessManager nam;
    core::AppContext context{**workspace, &nam, CliApprovals::actorName(**workspace, QString())};
    const qint64 workspaceMs = FirstPaintReporter::clock().elapsed();
    std::unique_ptr<QMainWindow> window;
    std::function<bool()> ready = [] { return true; };
    if (parser.isSet(u"leadership"_s)) {
        auto leadership = std::make_unique<ui::LeadershipWindow>(context, true);
        ready = [w = leadership.get()] { return w->contentLoaded(); };
        window = std::move(leadership);
    } else {
        window = std::make_unique<ui::MainWindow>(context);
    }
    if (bench) {
        // For tests/bench: report once the window has painted its first frame with its data, then leave.
        auto *reporter = new FirstPaintReporter(window.get(), std::move(ready));
        reporter->mark("workspace_open", workspaceMs);
        reporter->mark("window_built");
        window->installEventFilter(reporter);
        window->show();
        reporter->mark("show_called");
    } else {
        window->show();
    }
    return QApplication::exec();
}

} // namespace app
