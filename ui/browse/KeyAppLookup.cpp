// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyAppLookup.h"

#include "ApiClient.h"
#include "Keys.h"
#include "Page.h"

#include <QPointer>

#include <memory>

namespace AltDist {

void findAppOfKey(ApiClient *client, const QString &keyId, QObject *context,
                  std::function<void(std::optional<App>)> done)
{
    struct Search
    {
        int pending = 0;
        bool finished = false;
        std::function<void(std::optional<App>)> done;

        // A pointer rather than an optional<App> by value: GCC 12 at -O2
        // mistakes moving that optional for reading an uninitialised QString.
        void finish(const App *app)
        {
            if (finished)
                return;
            finished = true;
            if (app)
                done(*app);
            else
                done(std::nullopt);
        }
    };
    auto search = std::make_shared<Search>();
    search->done = std::move(done);
    QPointer<ApiClient> api(client);
    collectAllPages<App>(client, AppsApi(client).list(Resources::kDefaultLimit), context,
                         [api, keyId, context, search](const Result<QList<App>> &apps) {
        if (!api || !apps.ok() || apps->isEmpty()) {
            search->finish(nullptr);
            return;
        }
        search->pending = int(apps->size());
        for (const App &app : *apps) {
            KeysApi(api).forApp(app.id).then(context, [search, app, keyId](
                                                          const Result<std::optional<DistributionKey>> &key) {
                if (key.ok() && key->has_value() && (*key)->id == keyId)
                    search->finish(&app);
                else if (--search->pending == 0)
                    search->finish(nullptr);
            });
        }
    });
}

} // namespace AltDist
