<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AltDist::Account</name>
    <message>
        <source>The account name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name must not start or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name must not contain &apos;/&apos; or &apos;\&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name must not contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::AccountRegistry</name>
    <message>
        <source>There is no account named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file “%1” could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::ApiClient</name>
    <message numerus="yes">
        <source>Gave up after %n attempt(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No App Store Connect token could be made with the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API path must start with &apos;/&apos; (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1 without an App Store Connect error description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Store Connect did not accept the API key (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Store Connect refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request may or may not have been applied; check its result before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer (HTTP %1) is not valid JSON: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::ApiKey</name>
    <message>
        <source>%1 is too large to be a key file (a .p8 key is well under 1 KiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer ID is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer ID contains spaces or line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The issuer ID has %n characters; it should have 36, like 57246542-96fe-1a63-e053-0824d011072a.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The issuer ID does not have the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer ID contains &quot;%1&quot;, which is not a hexadecimal digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key ID is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key ID contains spaces or line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key ID contains lower-case letters; key IDs are upper-case, as in AuthKey_&lt;KEY ID&gt;.p8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key ID contains &quot;%1&quot;; only A-Z and 0-9 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key ID has only one character; it should have 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The key ID has %n characters; it should have 10.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AltDist::AppStoreVersion</name>
    <message>
        <source>Only iOS and iPadOS versions can have an alternative distribution package; this version is for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version is in state %1; a package can only be created for an approved version that is Pending Developer Release, Pending Apple Release or Ready for Distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::CliOptions</name>
    <message>
        <source>Print the API&apos;s JSON resource objects instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask before deleting anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the stored account &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer ID (UUID) of a team API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID of the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key&apos;s private key file (AuthKey_&lt;KEYID&gt;.p8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is an individual API key (no issuer ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL (http only to loopback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local sandbox server in-process and talk to it instead of Apple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch every page, not only the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items per page, at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory to download into (default: the current directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials, first match wins:
  1. --issuer-id, --key-id, --key-file (--individual instead of --issuer-id for an individual key)
  2. the environment: %1, %2, %3
  3. --account NAME (a stored account; its private key lives in the OS keychain)
  4. the account used last
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::CmdAccount</name>
    <message>
        <source>Added account %1; its private key is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISSUER ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stored account named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account %1 (key ID %2) and its private key from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials do not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 requests left this hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored accounts: IDs in the settings, private keys in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store an account; the key goes to the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the stored accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an account and its key from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a real request with an account (or the given credentials).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::CmdApps</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUNDLE ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCALE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REVIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PACKAGE ELIGIBLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps and their App Store versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List an app&apos;s App Store versions and whether each can get a package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one App Store version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::CmdDeltas</name>
    <message>
        <source>Deltas of a package version: encrypted updates from an earlier version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::CmdDomains</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFERENCE NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reference-name is required: a name for the domain that only you see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete domain %1 (ID %2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted domain %1 (ID %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference name of a new domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web-distribution domains of the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a domain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::CmdKeys</name>
    <message>
        <source>(all apps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUBLIC KEY SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete key %1 (for all apps)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete key %1 (for app %2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a P-256 key pair here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload this PEM public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie the key to one app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the generated private key to &lt;file&gt; (mode 0600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web-distribution keys (public halves; private halves stay with you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a key; --generate keeps the private key in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::CmdPackageVersions</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE CHECKSUM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of a package: the package zip (manifest.json and signature).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a package&apos;s versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one version, with its download URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the package zip and verify its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::CmdPackages</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE CHECKSUM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMPOSITE CHECKSUM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composite checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version VERSION_ID is required: the App Store version to make a package for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Store version %1 has no package yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative distribution packages (one per App Store version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The App Store version of a new package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the package of an eligible App Store version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the package of an App Store version, if it has one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::CmdVariants</name>
    <message>
        <source>Variants of a package version: the encrypted app for one device class.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::CommandRouter</name>
    <message>
        <source>Manage App Store Connect alternative distribution (EU web distribution and alternative marketplaces) from scripts and CI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 &lt;command&gt; --help&quot; for a command&apos;s own options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;command&gt; &lt;subcommand&gt; [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;subcommand&gt; [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown %1 command &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::Confirm</name>
    <message>
        <source>Refusing to delete without confirmation: stdin is not a terminal. Pass --yes to delete without being asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::CredentialsResolver</name>
    <message>
        <source>Give either --issuer-id (a team key) or --individual (an individual key), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issuer ID. A team key needs --issuer-id ID (or %1); an individual key has none: pass --individual instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key ID: pass --key-id ID (or set %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private key file: pass --key-file FILE (or set %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials. Pass --issuer-id (or --individual), --key-id and --key-file; set %1, %2 and %3; or add an account with &quot;account add&quot; and pass --account NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stored account named &quot;%1&quot; (known accounts: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::Downloads</name>
    <message>
        <source>--output needs a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::ExitCodes</name>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected failure (e.g. an answer the client did not understand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: bad arguments or bad input (malformed domain, unusable .p8 ...), caught before any request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication: 401/403, unusable credentials, no account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API error: any other 4xx/5xx answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network failure or timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity: a downloaded file&apos;s checksum did not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain or local file error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::Invocation</name>
    <message>
        <source>--limit must be a whole number from 1 to %1 (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::KeyCreation</name>
    <message>
        <source>Give exactly one of --generate (make a key pair here) or --public-key FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--private-key-out only goes with --generate: an imported key&apos;s private half is yours already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; not overwriting a private key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not uploading anything: the keychain is unavailable, so the private key would be lost. Pass --private-key-out FILE to keep it in a file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the keychain is unavailable; the private key is kept only in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1: its key was not uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is in the keychain under key ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the keychain refused the private key (%1); it is kept only in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 was uploaded but its private key could not be kept. Delete it with &quot;keys delete %1&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::Listing</name>
    <message>
        <source>Showing %1 of %2 (%3 more). Use --all to list them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1; more exist. Use --all to list them all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::Output</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::PackageAssetCommands</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE CHECKSUM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key blob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List those of a package version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one, with its download URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download and verify its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::ProgressBar</name>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2] %3% %4 / %5 %6 ETA %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in %3 s (%4/s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::Session</name>
    <message>
        <source>The sandbox server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: talking to a local sandbox at %1, not to Apple&apos;s App Store Connect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::CredentialStore</name>
    <message>
        <source>The account “%1” is being changed; try again when that is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private key was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key could not be encoded for the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private key is stored in the keychain for the account “%1”. Remove the account and add it again with its .p8 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key stored in the keychain for the account “%1” is unusable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web-distribution key ID is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web-distribution key ID is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web-distribution key ID must not contain spaces, &apos;/&apos;, &apos;\&apos; or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private key is stored in the keychain for the web-distribution key %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::DomainName</name>
    <message>
        <source>Enter the host name only, without a scheme such as &quot;https://&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain name cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain name cannot contain a user name (&quot;@&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the host name only, without a path (&quot;/&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the host name only, without a query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IP address cannot be registered; enter a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the host name only, without a port (&quot;:&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain name is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a fully qualified domain name such as &quot;apps.example.com&quot; (it needs a dot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain name has an empty label (two dots in a row, or a dot at the start or end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label &quot;%1&quot; is %2 characters long; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label &quot;%1&quot; starts or ends with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character &quot;%1&quot; is not allowed in a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid internationalised domain name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::DomainsApi</name>
    <message>
        <source>Enter a reference name for the domain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Download</name>
    <message>
        <source>The download link is not a valid http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given for the download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download link keeps expiring; no fresh link could be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download link has expired. Reload the item to get a fresh one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a different byte range than requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent more bytes than the file has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed before the whole file arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partial download did not fit the file on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download failed after %1 attempts: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded file&apos;s %1 checksum is %2, but %3 was expected; the download was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::EcKeyPair</name>
    <message>
        <source>The permissions of %1 cannot be restricted to its owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not generate a P-256 key pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given for the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no private key to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Error</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::ExpectedChecksum</name>
    <message>
        <source>The file has no checksum to verify the download against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected checksum &quot;%1&quot; is not hexadecimal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected checksum has %1 hex digits; SHA-256 has 64 and MD5 32.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::JsonApi</name>
    <message>
        <source>The server&apos;s answer was not understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::PartFile</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the partial download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the partial download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not empty the partial download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the download into place as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::PemKey</name>
    <message>
        <source>(unrecognised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a PEM key: there is no &quot;-----BEGIN ...-----&quot; line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is damaged: its &quot;-----BEGIN&quot; line is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is truncated: its &quot;-----END&quot; line is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a key of type %1; an EC key on the P-256 curve is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is encrypted with a password; an unencrypted PKCS#8 key (&quot;-----BEGIN PRIVATE KEY-----&quot;) is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a public key; the private key is needed (&quot;-----BEGIN PRIVATE KEY-----&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a certificate, not a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM block &quot;%1&quot; does not hold a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a private key. Give only the public key (&quot;-----BEGIN PUBLIC KEY-----&quot;); never hand out the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a certificate, not a public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM block &quot;%1&quot; does not hold a public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key uses explicit curve parameters; the named curve P-256 is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key uses the curve %1; the curve P-256 (prime256v1) is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is damaged: the text between its BEGIN and END lines is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is damaged: its content is not a valid key encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is damaged: its values do not form a valid P-256 key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Resources</name>
    <message>
        <source>No resource id was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid resource id: ids consist of letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::SecretStore</name>
    <message>
        <source>No key is stored in the keychain for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access; unlock it and try again. Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not delete the key. Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain entry name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (Secret Service / KWallet / macOS Keychain); AltDist never stores keys in plain files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::UrlPolicy</name>
    <message>
        <source>The API base URL &quot;%1&quot; is not a valid absolute URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL must use https:// (got &quot;%1://&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL may use plain http:// only for this computer (loopback), not for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL must not contain a query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL must not contain a path (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an invalid link to the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to follow a link to the next page on another server (%1); the API&apos;s credentials are only sent to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to follow a link to the next page that contains user info.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
