#pragma once

#include <optional>
#include <utility>
#include <variant>

#include <QString>

namespace core {

// What went wrong: a stable machine code, a translated message for people that says what failed
// where, and a detail for logs (already redacted: never a secret value).
struct Error
{
    QString code;
    QString message;
    QString detail;

    [[nodiscard]] QString toString() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
    }
};

// A value or an Error. Fallible core calls return it; nothing throws across layers.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T &value() const & { return std::get<0>(m_data); }
    [[nodiscard]] T &value() & { return std::get<0>(m_data); }
    // By value: a reference into a temporary Result would dangle (e.g. in a range-for).
    [[nodiscard]] T value() && { return std::get<0>(std::move(m_data)); }
    [[nodiscard]] const T *operator->() const { return &std::get<0>(m_data); }
    [[nodiscard]] T *operator->() { return &std::get<0>(m_data); }
    [[nodiscard]] const T &operator*() const & { return std::get<0>(m_data); }
    [[nodiscard]] T &operator*() & { return std::get<0>(m_data); }

    [[nodiscard]] const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace core
