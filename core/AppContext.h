#pragma once

#include <QString>

class QNetworkAccessManager;

namespace core {

class Workspace;

// What app/ wires together and hands to the GUI or the CLI: the open workspace, the one shared
// QNetworkAccessManager, and who is at the keyboard (the requester of deployments).
struct AppContext
{
    Workspace &workspace;
    QNetworkAccessManager *nam;
    QString user;
};

} // namespace core
