#include "SampleControl.h"

#include <csignal>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include "core/providers/ProcessIds.h"

using namespace Qt::StringLiterals;

namespace app {

namespace {

// Where to reach a service that listens on `bind`: a wildcard address is reached over loopback.
QString reachableHost(const QString &bind)
{
    if (bind == u"0.0.0.0"_s)
        return u"127.0.0.1"_s;
    if (bind == u"::"_s)
        return u"::1"_s;
    return bind;
}

QString lastLines(const QString &path, int count)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).trimmed().split(u'\n');
    return lines.mid(qMax(0, lines.size() - count)).join(u'\n');
}

} // namespace

SampleControl::SampleControl(SampleOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_nam(new QNetworkAccessManager(this))
{}

void SampleControl::run()
{
    if (m_options.mode == SampleOptions::Mode::Stop) {
        stopRunning([this](bool wasRunning) {
            QFile::remove(m_options.pidFile);
            succeed(wasRunning ? tr("stopped") : tr("not running"));
        });
        return;
    }
    stopRunning([this](bool) { startNew(); });
}

void SampleControl::stopRunning(std::function<void(bool wasRunning)> then)
{
    const auto pid = core::readPidFile(m_options.pidFile);
    if (!pid || !core::isProcessAlive(*pid)) {
        then(false);
        return;
    }
    // A stale pid file may name an unrelated process that reused the pid: leave that one alone.
    const QString ownName = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
    if (!core::processCommandLine(*pid).contains(ownName)) {
        QTextStream(stderr) << tr("%1 names pid %2, which is not %3; ignoring it.")
                                   .arg(m_options.pidFile, QString::number(*pid), ownName)
                            << Qt::endl;
        then(false);
        return;
    }
    core::signalProcess(*pid, SIGTERM);
    waitForExit(*pid, QDeadlineTimer(kTermWaitMs), false, [then] { then(true); });
}

void SampleControl::waitForExit(qint64 pid, QDeadlineTimer deadline, bool killed, std::function<void()> then)
{
    if (!core::isProcessAlive(pid)) {
        then();
        return;
    }
    if (deadline.hasExpired()) {
        if (killed) {
            fail(tr("Process %1 did not exit, even after SIGKILL.").arg(pid));
            return;
        }
        core::signalProcess(pid, SIGKILL);
        killed = true;
        deadline = QDeadlineTimer(kKillWaitMs);
    }
    QTimer::singleShot(kPollMs, this, [=, this] { waitForExit(pid, deadline, killed, then); });
}

void SampleControl::startNew()
{
    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments(m_options.runArguments());
    process.setStandardInputFile(QProcess::nullDevice());
    if (m_options.logFile.isEmpty()) {
        process.setStandardOutputFile(QProcess::nullDevice());
        process.setStandardErrorFile(QProcess::nullDevice());
    } else {
        QDir().mkpath(QFileInfo(m_options.logFile).absolutePath());
        process.setStandardOutputFile(m_options.logFile, QIODevice::Append);
        process.setStandardErrorFile(m_options.logFile, QIODevice::Append);
    }
    if (!process.startDetached(&m_pid)) {
        fail(tr("Could not start %1: %2").arg(process.program(), process.errorString()));
        return;
    }
    m_startDeadline = QDeadlineTimer(kStartWaitMs);
    pollNew();
}

void SampleControl::pollNew()
{
    if (!core::isProcessAlive(m_pid)) {
        const QString log = lastLines(m_options.logFile, 5);
        fail(log.isEmpty()
                 ? tr("The new instance (pid %1) exited at start.").arg(m_pid)
                 : tr("The new instance (pid %1) exited at start: %2").arg(QString::number(m_pid), log));
        return;
    }
    if (m_startDeadline.hasExpired()) {
        core::signalProcess(m_pid, SIGKILL);
        fail(tr("The new instance (pid %1) did not answer on %2:%3 within %4 ms.")
                 .arg(QString::number(m_pid), m_options.bind, QString::number(m_options.port),
                      QString::number(kStartWaitMs)));
        return;
    }
    // /api/hello answers in every health mode, and names the pid: proof that the new instance answers,
    // not something else on the port.
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(reachableHost(m_options.bind));
    url.setPort(m_options.port);
    url.setPath(u"/api/hello"_s);
    QNetworkRequest request(url);
    request.setTransferTimeout(1000);
    QNetworkReply *reply = m_nam->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QJsonObject hello = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() == QNetworkReply::NoError && hello.value(u"pid"_s).toInteger() == m_pid) {
            QSaveFile pidFile(m_options.pidFile);
            if (!pidFile.open(QIODevice::WriteOnly) || pidFile.write(QByteArray::number(m_pid) + '\n') < 0 ||
                !pidFile.commit()) {
                fail(tr("Could not write %1: %2").arg(m_options.pidFile, pidFile.errorString()));
                return;
            }
            succeed(tr("started %1 %2 pid %3 port %4")
                        .arg(m_options.slot, m_options.version, QString::number(m_pid),
                             QString::number(m_options.port)));
            return;
        }
        QTimer::singleShot(kPollMs, this, &SampleControl::pollNew);
    });
}

void SampleControl::succeed(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
    emit finished(0);
}

void SampleControl::fail(const QString &reason)
{
    QTextStream(stderr) << reason << Qt::endl;
    emit finished(1);
}

} // namespace app
