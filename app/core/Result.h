// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace AltDist {

/// One entry of an App Store Connect `ErrorResponse.errors[]`.
struct ApiErrorItem
{
    QString id;
    QString status;      ///< HTTP status as the API sends it: a string ("409").
    QString code;        ///< e.g. "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE"
    QString title;
    QString detail;
    QString pointer;     ///< source.pointer, e.g. "/data/attributes/domain"
    QString parameter;   ///< source.parameter, e.g. "limit"
    QJsonObject meta;

    /// True when `code` equals `prefix` or starts with `prefix` + '.'.
    bool hasCode(const QString &prefix) const;
};

/// Why an operation failed. Carries every API error of a response.
class Error
{
public:
    enum class Kind {
        InvalidInput,   ///< bad argument or local input (a malformed domain, a bad .p8 ...)
        Authentication, ///< 401 / credentials could not be used
        Api,            ///< the API answered with an error status (see apiErrors)
        Network,        ///< transport failure, timeout, TLS, refused connection
        Protocol,       ///< the server's answer could not be understood
        Cancelled,      ///< the caller cancelled
        Integrity,      ///< checksum mismatch
        Io,             ///< local file system
        Keychain,       ///< OS keychain unavailable or refused
    };

    Error() = default;
    Error(Kind kind, QString message, int httpStatus = 0, QList<ApiErrorItem> apiErrors = {});

    static Error invalidInput(const QString &message) { return {Kind::InvalidInput, message}; }
    static Error cancelled();

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    int httpStatus() const { return m_httpStatus; }
    const QList<ApiErrorItem> &apiErrors() const { return m_apiErrors; }

    /// True when any API error's code matches `prefix` (see ApiErrorItem::hasCode).
    bool hasApiCode(const QString &prefix) const;

    /// Human readable, possibly multi-line: the message, then one line per API
    /// error with its code, title, detail and pointer/parameter. Never contains
    /// secrets (nothing secret is ever put into an Error).
    QString describe() const;

    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::Protocol;
    QString m_message;
    int m_httpStatus = 0;
    QList<ApiErrorItem> m_apiErrors;
};

/// A value or an Error, never a sentinel.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

    /// Transform the value, keep the error.
    template <typename F>
    auto map(F &&f) const -> Result<decltype(f(std::declval<const T &>()))>
    {
        if (ok())
            return f(value());
        return error();
    }

private:
    std::variant<T, Error> m_data;
};

/// Success without a value, or an Error.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    static Result success() { return {}; }
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace AltDist
