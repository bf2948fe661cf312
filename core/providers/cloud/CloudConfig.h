#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "core/Result.h"

namespace core {

struct Environment;

// Cloudflare part of a cloud environment's router_config ("cloudflare": {…}).
struct CloudflareSettings
{
    QUrl apiBaseUrl;     // empty: https://api.cloudflare.com/client/v4
    QString accountId;   // 32 hex
    QString namespaceId; // the KV namespace the Worker reads
    QString key = QStringLiteral("ACTIVE_ENV");
    // slot → value written. Default blue → A, green → B: what the router Worker
    // (resources/worker/router.js) reads and sends back in X-Switchyard-Slot.
    QHash<QString, QString> values{{QStringLiteral("blue"), QStringLiteral("A")},
                                   {QStringLiteral("green"), QStringLiteral("B")}};
    QUrl publicHealthUrl; // the health endpoint as users reach it, through the Worker
    QString scriptName = QStringLiteral("switchyard-router");
    QString kvBinding = QStringLiteral("SWITCHYARD_KV");
    // plain_text bindings uploaded with the Worker (WEB_A_ORIGIN, FUNCTIONS_A_BASE, …).
    QHash<QString, QString> workerVars;
    bool accountToken = false;        // verify with /accounts/{id}/tokens/verify
    int propagationTimeoutMs = 90000; // KV takes up to ~60 s to reach every PoP
    int pollMs = 1000;
    int confirmations = 3; // consecutive answers from the new slot before the switch counts

    [[nodiscard]] QString valueFor(const QString &slot) const { return values.value(slot, slot); }
    // The slot a KV value or X-Switchyard-Slot header names (case-insensitive); the value itself if none.
    [[nodiscard]] QString slotFor(const QString &value) const;
};

// Vercel part ("vercel": {…}): the web project whose production follows the active slot.
struct VercelSettings
{
    QUrl apiBaseUrl;
    QString teamId;
    QString projectId;                     // one project for both slots, or:
    QHash<QString, QString> projectBySlot; // slot → project (web A / web B, seed 000)
    QString projectName;
    QString repoId;
    QString gitRef = QStringLiteral("main");
    int buildTimeoutMs = 900000;
    int pollMs = 2000;
    int aliasTimeoutMs = 120000;
    [[nodiscard]] bool isSet() const { return !projectId.isEmpty() || !projectBySlot.isEmpty(); }
    [[nodiscard]] QString projectFor(const QString &slot) const
    {
        return projectBySlot.value(slot, projectId);
    }
};

// Supabase part ("supabase": {…}): functions A/B as two projects or as function prefixes (seed 000).
struct SupabaseSettings
{
    QUrl apiBaseUrl;
    QHash<QString, QString> projectBySlot; // "projects" mode: slot → project ref
    QString project;                       // "prefix" mode: the one project
    QHash<QString, QString> prefixBySlot;  // "prefix" mode: slot → function slug prefix, e.g. "b-"
    QString functionsDir;    // one sub-folder per function (Supabase CLI layout: supabase/functions)
    QStringList functions;   // empty: every sub-folder of functionsDir
    QStringList secretNames; // function secrets whose values come from the keychain / CI environment
    QString healthFunction = QStringLiteral("diag-health");
    [[nodiscard]] bool isSet() const { return !projectBySlot.isEmpty() || !project.isEmpty(); }
    [[nodiscard]] QString projectFor(const QString &slot) const
    {
        return project.isEmpty() ? projectBySlot.value(slot) : project;
    }
    [[nodiscard]] QString slugFor(const QString &slot, const QString &function) const
    {
        return prefixBySlot.value(slot) + function;
    }
};

// An environment whose router is "cloudflare-kv": the router_config JSON with its three parts.
struct CloudConfig
{
    CloudflareSettings cloudflare;
    VercelSettings vercel;
    SupabaseSettings supabase;

    // Errors: "router.config" naming the missing or invalid field.
    [[nodiscard]] static Result<CloudConfig> fromJson(const QJsonObject &json);
    // The environment's cloud configuration: its router_config for the slot layout, timings and
    // Worker settings, with the provider ids (Cloudflare account and KV namespace, Vercel team and
    // project, Supabase project, API base URLs) from its provider settings (ProviderSettings::of,
    // which falls back to router_config for older workspaces). Use this, not fromJson.
    [[nodiscard]] static Result<CloudConfig> forEnvironment(const Environment &environment);

    Q_DECLARE_TR_FUNCTIONS(core::CloudConfig)
};

} // namespace core
