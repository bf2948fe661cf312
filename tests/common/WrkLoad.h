#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

// wrk, the HTTP load generator, run in the background against a URL until stop().
class WrkLoad final
{
public:
    struct Report
    {
        qint64 requests = 0;
        qint64 non2xx = 0;
        qint64 connectErrors = 0;
        qint64 readErrors = 0;
        qint64 writeErrors = 0;
        qint64 timeouts = 0;
        QString raw;
        [[nodiscard]] qint64 failed() const
        {
            return non2xx + connectErrors + readErrors + writeErrors + timeouts;
        }
    };

    // keepAlive false: a new connection per request (Connection: close).
    [[nodiscard]] bool start(const QUrl &url, bool keepAlive, QString *why);
    // Stops wrk (SIGINT: it prints its summary) and parses the report.
    [[nodiscard]] Report stop();

private:
    QProcess m_process;
};
