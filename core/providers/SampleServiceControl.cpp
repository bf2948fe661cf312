#include "SampleServiceControl.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include "core/Logging.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

const auto kBinaryName = u"switchyard-sample"_s;

} // namespace

QString SampleServiceControl::defaultBinary()
{
    QStringList candidates{QDir(QCoreApplication::applicationDirPath()).filePath(kBinaryName)};
    const QString binDir = qEnvironmentVariable("SWITCHYARD_BIN_DIR");
    if (!binDir.isEmpty())
        candidates << QDir(binDir).filePath(kBinaryName);
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    const QString onPath = QStandardPaths::findExecutable(kBinaryName);
    return onPath.isEmpty() ? kBinaryName : onPath;
}

Status SampleServiceControl::replace(const QString &sampleBinary,
                                     const QString &pidFile,
                                     const QString &logFile,
                                     quint16 port,
                                     const QString &version,
                                     const QString &slot,
                                     const QStringList &extraArgs)
{
    QStringList args{u"--replace"_s, u"--pidfile"_s, pidFile};
    if (!logFile.isEmpty())
        args << u"--log"_s << logFile;
    args << u"--port"_s << QString::number(port) << u"--version"_s << version << u"--slot"_s << slot
         << extraArgs;
    return run(sampleBinary, args);
}

Status SampleServiceControl::stop(const QString &sampleBinary, const QString &pidFile)
{
    return run(sampleBinary, {u"--stop"_s, u"--pidfile"_s, pidFile});
}

Status SampleServiceControl::run(const QString &sampleBinary, const QStringList &arguments)
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(sampleBinary, arguments);
    if (!process.waitForStarted(kTimeoutMs)) {
        return Error{u"sample.not_found"_s,
                     tr("Could not start the sample service %1: %2").arg(sampleBinary, process.errorString()),
                     {}};
    }
    const bool finished = process.waitForFinished(kTimeoutMs);
    const QString output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    const QString errors = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (!finished) {
        process.kill();
        process.waitForFinished(1000);
        return Error{u"sample.failed"_s,
                     tr("%1 %2 did not finish within %3 ms.")
                         .arg(sampleBinary, arguments.join(u' '), QString::number(kTimeoutMs)),
                     errors};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return Error{u"sample.failed"_s,
                     tr("%1 %2 failed: %3")
                         .arg(QFileInfo(sampleBinary).fileName(), arguments.first(),
                              errors.isEmpty() ? tr("exit code %1").arg(process.exitCode()) : errors),
                     output};
    }
    qCInfo(lcProviders).noquote() << output;
    return {};
}

} // namespace core
