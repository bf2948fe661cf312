#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include "core/Result.h"

namespace app {

// Lines for people go to stdout (stderr when --json is on, so stdout stays one JSON document);
// every line is flushed at once, so a pipeline or a test reading it sees progress as it happens.
class CliOutput
{
public:
    explicit CliOutput(bool json)
        : m_json(json)
    {}

    [[nodiscard]] bool json() const { return m_json; }
    void line(const QString &text) const;
    void error(const QString &text) const;
    void document(const QJsonValue &value) const;
    // The same on one line, for large documents (migration lint findings).
    void compactDocument(const QJsonValue &value) const;
    // JSON already written as bytes, on one line.
    void raw(const QByteArray &json) const;

    // The exit code for an error, by its code: policy and locks 3, bad input 2, the rest 1.
    static int exitCodeFor(const core::Error &error);

private:
    bool m_json;
};

} // namespace app
