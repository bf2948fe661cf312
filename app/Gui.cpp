#include "Gui.h"

#include <cstdio>
#include <memory>

#include <QApplication>
#include <QCommandLineParser>
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

// Prints "shown" with the peak memory after the watched window's first paint, then quits.
class FirstPaintReporter final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            QTimer::singleShot(0, this, [] {
                std::printf("shown peak_rss_kb=%lld\n", static_cast<long long>(peakRssKb()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
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
    std::unique_ptr<QMainWindow> window;
    if (parser.isSet(u"leadership"_s))
        window = std::make_unique<ui::LeadershipWindow>(context, true);
    else
        window = std::make_unique<ui::MainWindow>(context);
    window->show();

    if (qEnvironmentVariableIsSet("SWITCHYARD_BENCH_STARTUP")) {
        // For tests/bench: report once the window has painted its first frame, then leave.
        window->installEventFilter(new FirstPaintReporter(window.get()));
    }
    return QApplication::exec();
}

} // namespace app
