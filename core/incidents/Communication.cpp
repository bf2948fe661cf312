#include "Communication.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::Communication)
};
} // namespace

QString channelToString(Channel channel)
{
    return channel == Channel::Slack ? u"slack"_s : u"statuspage"_s;
}

std::optional<Channel> channelFromString(const QString &text)
{
    if (text == u"slack")
        return Channel::Slack;
    if (text == u"statuspage")
        return Channel::Statuspage;
    return std::nullopt;
}

QString channelLabel(Channel channel)
{
    return channel == Channel::Slack ? Tr::tr("Slack") : Tr::tr("Statuspage");
}

QString communicationStateToString(Communication::State state)
{
    switch (state) {
    case Communication::State::Pending:
        return u"pending"_s;
    case Communication::State::Sent:
        return u"sent"_s;
    case Communication::State::Failed:
        break;
    }
    return u"failed"_s;
}

Communication::State communicationStateFromString(const QString &text)
{
    if (text == u"sent")
        return Communication::State::Sent;
    if (text == u"failed")
        return Communication::State::Failed;
    return Communication::State::Pending;
}

} // namespace core
