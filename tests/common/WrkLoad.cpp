#include "WrkLoad.h"

#include <signal.h>

#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

bool WrkLoad::start(const QUrl &url, bool keepAlive, QString *why)
{
    const QString wrk = QStandardPaths::findExecutable(u"wrk"_s);
    if (wrk.isEmpty()) {
        *why = u"wrk is not installed (scripts/setup.sh installs it)"_s;
        return false;
    }
    QStringList args{u"-t2"_s, u"-c16"_s, u"-d600s"_s};
    if (!keepAlive)
        args << u"-H"_s << u"Connection: close"_s;
    args << url.toString();
    m_process.start(wrk, args);
    if (!m_process.waitForStarted()) {
        *why = u"wrk did not start: "_s + m_process.errorString();
        return false;
    }
    return true;
}

WrkLoad::Report WrkLoad::stop()
{
    Report r;
    ::kill(static_cast<pid_t>(m_process.processId()), SIGINT);
    if (!m_process.waitForFinished(15000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
    r.raw = QString::fromUtf8(m_process.readAllStandardOutput());
    auto number = [&r](const QString &pattern, int group = 1) -> qint64 {
        const auto m = QRegularExpression(pattern).match(r.raw);
        return m.hasMatch() ? m.captured(group).toLongLong() : 0;
    };
    r.requests = number(u"(\\d+) requests in"_s);
    r.non2xx = number(u"Non-2xx or 3xx responses: (\\d+)"_s);
    const QString errors = u"Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)"_s;
    r.connectErrors = number(errors, 1);
    r.readErrors = number(errors, 2);
    r.writeErrors = number(errors, 3);
    r.timeouts = number(errors, 4);
    return r;
}
