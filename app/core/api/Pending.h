// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiClient.h"
#include "Result.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace AltDist {

/// A typed, in-flight API request: an ApiCall plus the decoder that turns its
/// response into a T. Call then() once, right away (before returning to the
/// event loop); the callback runs with the context object's lifetime (it is
/// dropped if the context dies first) and always asynchronously.
template <typename T>
class Pending
{
public:
    using Decoder = std::function<Result<T>(const ApiResponse &)>;
    using Callback = std::function<void(Result<T>)>;
    /// Turns selected errors into results; nullopt keeps the error.
    using Recovery = std::function<std::optional<Result<T>>(const Error &)>;

    Pending(ApiCall *call, Decoder decoder) : m_call(call), m_decoder(std::move(decoder)) {}

    /// A request that fails before reaching the network (e.g. invalid input).
    static Pending failed(Error error)
    {
        Pending p(nullptr, {});
        p.m_early = std::make_shared<Error>(std::move(error));
        return p;
    }

    void then(QObject *context, Callback callback) const
    {
        if (m_early || !m_call) {
            Error error = m_early ? *m_early : Error{Error::Kind::Protocol, QStringLiteral("No request")};
            QTimer::singleShot(0, context, [callback = std::move(callback), error] { callback(error); });
            return;
        }
        ApiCall *call = m_call;
        QObject::connect(call, &ApiCall::finished, context,
                         [call, decoder = m_decoder, recovery = m_recovery, callback = std::move(callback)] {
                             const Result<ApiResponse> &r = call->result();
                             if (r.ok()) {
                                 callback(decoder(r.value()));
                                 return;
                             }
                             if (recovery) {
                                 if (std::optional<Result<T>> recovered = recovery(r.error())) {
                                     callback(std::move(*recovered));
                                     return;
                                 }
                             }
                             callback(r.error());
                         });
    }

    /// The same request, with API/network errors that `recovery` accepts
    /// turned into results (e.g. a 404 meaning "none yet" into nullopt).
    /// Errors found before the request was sent (failed()) are never recovered.
    Pending recover(Recovery recovery) const
    {
        Pending p = *this;
        p.m_recovery = std::move(recovery);
        return p;
    }

    /// Cancels the request; the callback then receives Error::Kind::Cancelled.
    void abort() const
    {
        if (m_call)
            m_call->abort();
    }

    ApiCall *call() const { return m_call; }

    /// Chains a further transformation of the decoded value:
    /// `f` is `Result<U>(const T &)`.
    template <typename U, typename F>
    Pending<U> map(F f) const
    {
        if (m_early)
            return Pending<U>::failed(*m_early);
        Decoder d = m_decoder;
        Pending<U> mapped(m_call, [d, f](const ApiResponse &r) -> Result<U> {
            Result<T> t = d(r);
            if (!t.ok())
                return t.error();
            return f(t.value());
        });
        if (Recovery recovery = m_recovery) {
            mapped = mapped.recover([recovery, f](const Error &e) -> std::optional<Result<U>> {
                std::optional<Result<T>> t = recovery(e);
                if (!t)
                    return std::nullopt;
                if (!t->ok())
                    return Result<U>(t->error());
                return Result<U>(f(t->value()));
            });
        }
        return mapped;
    }

private:
    QPointer<ApiCall> m_call;
    Decoder m_decoder;
    Recovery m_recovery;
    std::shared_ptr<Error> m_early;
};

} // namespace AltDist
