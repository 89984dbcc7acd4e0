// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxServer.h"

namespace Sandbox {

class SandboxStore;

/// The demo account, deterministic for a given options.seed:
/// - "Lumen Notes" (web distribution, has the account's key): iOS 2.3.0
///   READY_FOR_DISTRIBUTION with a package whose version "1" is REPLACED and
///   "2" COMPLETED (with deltas from "1"); iOS 2.4.0 PENDING_DEVELOPER_RELEASE
///   without a package; macOS 2.3.0 (ineligible platform); iOS 2.2.1
///   REPLACED_WITH_NEW_VERSION (ineligible state).
/// - "Trailhead Maps" (connected to a marketplace): iOS 5.1.0
///   PENDING_APPLE_RELEASE with a package (its variants options.largeAssetBytes
///   each when set); visionOS 1.0.0 (ineligible).
/// - "Orchard Market" (an alternative marketplace): iOS 1.0.2
///   READY_FOR_DISTRIBUTION without a package.
/// - "Quill Journal" (web distribution): only iOS 1.0.0 WAITING_FOR_REVIEW.
/// - "Beacon Radio" (web distribution): only iOS 3.0.0 IN_REVIEW.
/// - "Pocket Ledger" (App Store only): iOS 3.2.0 READY_FOR_DISTRIBUTION.
/// - Three domains plus options.generatedDomains "d00001.example.com"...
/// Without options.seedDemoData only the generated domains are added.
void seedDemoData(SandboxStore &store, const SandboxOptions &options);

/// The fixed instant demo dates count back from.
QDateTime demoEpoch();

} // namespace Sandbox
