#include "Passphrase.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

#include <QCoreApplication>

namespace app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(app::Cli)
};

QString readLine(FILE *in)
{
    QByteArray line;
    int c = 0;
    while ((c = std::fgetc(in)) != EOF && c != '\n')
        line.append(static_cast<char>(c));
    if (line.endsWith('\r'))
        line.chop(1);
    QString text = QString::fromUtf8(line);
    line.fill('\0');
    return text;
}

std::optional<QString> promptOnce(const QString &prompt, QString *why)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty) {
        *why = Tr::tr("There is no terminal to ask for the passphrase; pass it on standard input with "
                      "--passphrase-stdin.");
        return std::nullopt;
    }
    const int fd = ::fileno(tty);
    termios old{};
    const bool haveTerm = ::tcgetattr(fd, &old) == 0;
    if (haveTerm) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    const QByteArray p = prompt.toUtf8();
    std::fwrite(p.constData(), 1, static_cast<size_t>(p.size()), tty);
    std::fflush(tty);
    QString text = readLine(tty);
    if (haveTerm)
        ::tcsetattr(fd, TCSAFLUSH, &old);
    std::fputc('\n', tty);
    std::fclose(tty);
    return text;
}

} // namespace

std::optional<QString> readPassphrase(const QString &prompt, bool fromStdin, bool confirm, QString *why)
{
    if (fromStdin) {
        QString text = readLine(stdin);
        if (text.isEmpty()) {
            *why = Tr::tr("No passphrase on standard input.");
            return std::nullopt;
        }
        return text;
    }
    auto first = promptOnce(prompt, why);
    if (!first)
        return std::nullopt;
    if (confirm) {
        auto second = promptOnce(Tr::tr("Repeat the passphrase: "), why);
        if (!second)
            return std::nullopt;
        if (*second != *first) {
            *why = Tr::tr("The passphrases differ.");
            return std::nullopt;
        }
    }
    return first;
}

} // namespace app
