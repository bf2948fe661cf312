#pragma once

#include <QDateTime>
#include <QString>

#include "core/incidents/Incident.h"

namespace core {

// Where an update goes.
enum class Channel
{
    Slack,
    Statuspage
};

QString channelToString(Channel channel);
std::optional<Channel> channelFromString(const QString &text);
QString channelLabel(Channel channel);

// One update to one channel, kept in the workspace outbox until it is sent or has failed for good.
struct Communication
{
    enum class State
    {
        Pending,
        Sent,
        Failed
    };

    qint64 id = 0;
    IncidentId incidentId = 0;
    Channel channel = Channel::Slack;
    QString status; // the incident status the update announces
    QString body;
    QString author;
    State state = State::Pending;
    int attempts = 0;
    int maxAttempts = 5;
    QDateTime nextAttemptAt;
    QString lastError;
    QString externalId; // Statuspage incident id
    QDateTime createdAt;
    QDateTime sentAt;
};

QString communicationStateToString(Communication::State state);
Communication::State communicationStateFromString(const QString &text);

// One try at sending a communication, and how it went.
struct CommunicationAttempt
{
    qint64 id = 0;
    qint64 communicationId = 0;
    IncidentId incidentId = 0;
    Channel channel = Channel::Slack;
    QDateTime at;
    bool ok = false;
    int httpStatus = 0;
    QString message;
};

// Where a channel posts. The secret (Slack webhook URL, Statuspage API key) lives in the keychain
// under `secretKey`; the workspace only names it.
struct ChannelConfig
{
    Channel channel = Channel::Slack;
    QString baseUrl; // Statuspage API base, e.g. https://api.statuspage.io/v1 (Slack: unused)
    QString pageId;  // Statuspage page
    QString secretKey;
    bool enabled = true;
};

} // namespace core
