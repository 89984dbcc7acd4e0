// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One handler family per resource; each registers its operations of the spec
// into the route table.

#include "SandboxRoutes.h"

#include <QCoreApplication>

namespace Sandbox {

class DomainsHandler final
{
    Q_DECLARE_TR_FUNCTIONS(Sandbox::DomainsHandler)
public:
    static void registerRoutes(RouteTable &routes, HandlerEnv &env);
    /// A bare host name: no scheme, path, port or spaces; punycode is fine.
    static bool isHostName(const QString &domain);
};

class KeysHandler final
{
    Q_DECLARE_TR_FUNCTIONS(Sandbox::KeysHandler)
public:
    static void registerRoutes(RouteTable &routes, HandlerEnv &env);
    /// True for a PEM SubjectPublicKeyInfo holding an EC P-256 key.
    static bool isP256PublicKeyPem(const QString &pem);
};

class AppsHandler final
{
public:
    static void registerRoutes(RouteTable &routes, HandlerEnv &env);
};

class PackagesHandler final
{
    Q_DECLARE_TR_FUNCTIONS(Sandbox::PackagesHandler)
public:
    static void registerRoutes(RouteTable &routes, HandlerEnv &env);
};

class PackageVersionsHandler final
{
public:
    static void registerRoutes(RouteTable &routes, HandlerEnv &env);
};

class VariantsDeltasHandler final
{
public:
    static void registerRoutes(RouteTable &routes, HandlerEnv &env);
};

class WebhooksHandler final
{
    Q_DECLARE_TR_FUNCTIONS(Sandbox::WebhooksHandler)
public:
    static void registerRoutes(RouteTable &routes, HandlerEnv &env);
};

} // namespace Sandbox
