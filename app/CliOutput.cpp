#include "CliOutput.h"

#include <cstdio>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "Cli.h"

using namespace Qt::StringLiterals;

namespace app {

namespace {

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void CliOutput::line(const QString &text) const
{
    write(m_json ? stderr : stdout, text);
}

void CliOutput::error(const QString &text) const
{
    write(stderr, text);
}

void CliOutput::document(const QJsonValue &value) const
{
    const QByteArray bytes = value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliOutput::compactDocument(const QJsonValue &value) const
{
    const QByteArray bytes =
        (value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                         : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)) +
        '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliOutput::raw(const QByteArray &json) const
{
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int CliOutput::exitCodeFor(const core::Error &error)
{
    const QString &code = error.code;
    if (code.startsWith(u"policy."_s) || code == u"deploy.locked" || code == u"deploy.interrupted")
        return Cli::Blocked;
    if (code.startsWith(u"usage"_s) || code.startsWith(u"environment."_s) || code.startsWith(u"release."_s) ||
        code.startsWith(u"service."_s) || code.startsWith(u"workspace."_s) ||
        code.startsWith(u"deployment.unknown"_s) || code.startsWith(u"resume.not_interrupted"_s) ||
        code.startsWith(u"rollback.no_target"_s))
        return Cli::BadInput;
    return Cli::Failed;
}

} // namespace app
