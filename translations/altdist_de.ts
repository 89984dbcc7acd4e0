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
    <name>AltDist::AccountIdsPage</name>
    <message>
        <source>Individual key (no issuer ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the account and enter the IDs App Store Connect shows next to the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Store Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the issuer ID shown above the list of team keys, or tick &quot;Individual key&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::AccountKeyPage</name>
    <message>
        <source>App Store Connect API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the private key (.p8) you downloaded from App Store Connect under Users and Access › Integrations, or drop it onto this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/AuthKey_ABCDE12345.p8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is read now but stored in the system keychain only when you click Finish. It is never written to AltDist&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid EC P-256 private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid EC P-256 private key; the file name gives the key ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose App Store Connect Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Store Connect keys (*.p8);;All files (*)</source>
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
    <name>AltDist::AccountSwitcher</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The App Store Connect account to work with, or the built-in sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the built-in sandbox; nothing reaches Apple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::AccountTestPage</name>
    <message>
        <source>Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test and Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optionally check that App Store Connect accepts the key, then click Finish to store it in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing is optional: you may finish without it. AltDist then finds out whether the key works when the account is first opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team key, issuer ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1
Key ID: %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking App Store Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The key works: App Store Connect answered and lists %n app(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The key works: App Store Connect answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the key in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::AddAccountWizard</name>
    <message>
        <source>Add App Store Connect Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::AddDomainWizard</name>
    <message>
        <source>Add Web-Distribution Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Domain</source>
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
    <name>AltDist::AppStoreVersionsModel</name>
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
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::AppsBrowser</name>
    <message>
        <source>No apps in this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app has no App Store versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Store versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package version has no variants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package version has no deltas (a first version has none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;eltas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the level above (Alt+Left, Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an alternative distribution package for this App Store version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a web-distribution key for this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload this level (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · package version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delta %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variant %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::AppsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary locale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::AsyncPage</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Breadcrumb</name>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::BrowseActions</name>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected item (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected item&apos;s ID (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the selected file and verify its checksum (Ctrl+D)</source>
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
    <message>
        <source>API base URL (http only to loopback); default $ALTDIST_BASE_URL, else Apple&apos;s.</source>
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
    <message>
        <source>export-private-key: write the private key to &lt;file&gt; (mode 0600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-private-key: replace an existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a key generated here from the keychain into a file (mode 0600).</source>
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
    <message>
        <source>Versions of a package: the package zip (manifest.json and signature), laid out for hosting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay out what to host for web distribution: manifest.json, signature and every variant and delta at its assetPath, each verified.</source>
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
    <message>
        <source>Note: talking to a local sandbox at %1, not to Apple&apos;s App Store Connect.</source>
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
    <message>
        <source>Kept %1: the key may have been uploaded all the same; check with &quot;keys list&quot; before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::KeyExport</name>
    <message>
        <source>export-private-key needs --output FILE: the file the private key is written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; not overwriting it (pass --force to replace it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry for the web-distribution key %1 is not a usable private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the private key of web-distribution key %1 (mode 0600).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::LayoutCommand</name>
    <message numerus="yes">
        <source>Laid out %n file(s) in %1, each verified (SHA-256 above).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>layout needs --output DIR: the directory the files are laid out in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layout</source>
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
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Connection</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::ConnectionSwitcher</name>
    <message>
        <source>the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Downloads?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads running: %1. Switching to %2 cancels them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Downloads and Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account “%1”? Its private key is deleted from this computer&apos;s keychain; the key itself stays valid in App Store Connect until you revoke it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::CopyButton</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::CopyableId</name>
    <message>
        <source>Copy %1 (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::CreateKeyWizard</name>
    <message>
        <source>Create Web-Distribution Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::CreatePackageWizard</name>
    <message>
        <source>Create Alternative Distribution Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Package</source>
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
    <name>AltDist::DetailsPanel</name>
    <message>
        <source>Select an item to see its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL expiry</source>
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
    <name>AltDist::DomainPage</name>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the host name your web-distribution apps are offered from, without https:// or a path, and a reference name only you see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apps.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be registered as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference name cannot be only spaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::DomainReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what AltDist sends to App Store Connect when you click Add Domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as (domain):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: open an account or the sandbox first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering the domain…</source>
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
    <name>AltDist::DomainsModel</name>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
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
</context>
<context>
    <name>AltDist::DomainsPage</name>
    <message>
        <source>Add domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a domain web distribution may flow from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No domains yet – Add domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the domain with ID %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the domain “%1” (reference name “%2”, ID %3)? Web distribution from this domain stops.</source>
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
    <name>AltDist::DownloadController</name>
    <message>
        <source>Unknown kind of download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Downloads In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder to save the download in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: open an account or the sandbox first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be downloaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already being downloaded to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the account was switched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::DownloadJob</name>
    <message>
        <source>The connection this download used has been closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::DownloadsModel</name>
    <message numerus="yes">
        <source>%n queued</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n downloading</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verified</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified (%1 %2…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s %1 checksum matched the one App Store Connect published:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::DownloadsPanel</name>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected downloads and delete what they saved so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder the selected download was saved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove finished, failed and cancelled downloads from the list (files stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No downloads yet. Select a package version, variant or delta and choose Download… (Ctrl+D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No downloads</source>
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
    <name>AltDist::ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
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
    <name>AltDist::HostingLayout</name>
    <message>
        <source>No output directory was given for the layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest names the variant %1, but the package version has no such variant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest names the delta %1, but the package version has no such delta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest&apos;s SHA-256 for %1 is %2, but the API says %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the SHA-256 %2, but the manifest says %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::HostingStaging</name>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package zip&apos;s signature is implausibly large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the directory for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 into place: %2</source>
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
    <name>AltDist::KeyAppPage</name>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key can serve every alternative-distribution app of the account, or just one app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account-wide (all apps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the key for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading apps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The apps could not be loaded; an account-wide key can still be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: open an account or the sandbox first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the key at App Store Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the private key in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::KeyDonePage</name>
    <message>
        <source>Key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Private Key to File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the private key (the key at App Store Connect cannot be used then)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Store Connect has the new account-wide key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Store Connect has the new key for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not handled by AltDist: only the public key was uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the system keychain under key ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1 (readable by you alone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored anywhere yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key exists at App Store Connect, but the system keychain did not take its private key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Private Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM private keys (*.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::KeySourcePage</name>
    <message>
        <source>&amp;Generate a P-256 key pair here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a public key (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also save the private key to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A generated key&apos;s private half is kept in the system keychain under the new key&apos;s ID. An imported key&apos;s private half stays wherever you keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/web-distribution-key.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file the private key is saved to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; AltDist does not overwrite private key files. Choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is saved with permissions for you alone (0600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid EC P-256 public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Private Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM private keys (*.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Public Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM public keys (*.pem *.pub);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::KeysModel</name>
    <message>
        <source>App-specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::KeysPage</name>
    <message>
        <source>Create key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate or import a web-distribution key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web-distribution keys yet – Create key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web-distribution keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private key stored for it on this computer is removed from the keychain too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the account-wide web-distribution key %1? Apps that rely on it can no longer be installed from the web with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the web-distribution key %1? It belongs to an app that could not be determined; that app can no longer be installed from the web with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (app ID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the web-distribution key %1 of %2? The app can no longer be installed from the web with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::ListPane</name>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only rows containing this text (among those loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the list (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing loaded matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::MainWindow</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the list shown (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web-distribution &amp;Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request sent to App Store Connect (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About AltDist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Account “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About AltDist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;AltDist %1&lt;/h3&gt;&lt;p&gt;A desktop tool for App Store Connect alternative distribution: web-distribution domains and keys, packages of your apps, their versions, variants and deltas.&lt;/p&gt;&lt;p&gt;API keys are kept in your system keychain; nothing secret is written to settings or logs.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::PackageAppPage</name>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the app whose App Store version gets an alternative distribution package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter apps by name or bundle ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading apps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no apps yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::PackageAssetModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
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
</context>
<context>
    <name>AltDist::PackageDonePage</name>
    <message>
        <source>Package ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Store Connect now prepares the package&apos;s versions; they appear under the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the alternative distribution package for %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::PackageManifest</name>
    <message>
        <source>The package&apos;s manifest.json is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no publicId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the assetPath &quot;%2&quot;, which is not a plain relative path inside the hosting directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a sha256 that is not 64 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no variant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; is named twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::PackageVersionPage</name>
    <message>
        <source>Go to Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Store Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Store versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tvOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visionOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the App Store version the package is for. Only eligible versions can be chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the version of %1 the package is for. Only eligible versions can be chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading App Store versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: open an account or the sandbox first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package can be created for this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app has no App Store versions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether the version already has a package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version has no package yet. Click Create Package to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version already has a package (ID %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the package…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::PackageVersionsModel</name>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::PackageView</name>
    <message>
        <source>Create package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package has no versions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package could not be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source checksum (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composite checksum (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package yet. Create one to distribute this version outside the App Store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package yet. A package cannot be created for this version: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::PackageZipReader</name>
    <message>
        <source>The package zip cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the size of %1 is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (damaged archive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the size the archive declares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 entries, more than the %2 allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; points outside the folder it would be extracted into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Page</name>
    <message>
        <source>The server&apos;s pages link back to a page already read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::PagedModel</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load: %1 %2</source>
        <extracomment>%1: what failed, e.g. &quot;App Store Connect refused the request (HTTP 500).&quot;; %2: the API&apos;s error titles</extracomment>
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
    <name>AltDist::RequestLogModel</name>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::RequestLogWindow</name>
    <message>
        <source>Request Log — AltDist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by path, method, status or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every entry from the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests shown: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::ResourceFields</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web-distribution key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Store version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::ResourceLabels</name>
    <message>
        <source>iOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tvOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visionOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer Removed from Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid Binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending Apple Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending Developer Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-Order Ready for Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare for Submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing for App Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing for Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced with New Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Export Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::ResourceModel</name>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::ResourcePage</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
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
    <name>AltDist::SandboxBanner</name>
    <message>
        <source>Sandbox — a local stand-in for App Store Connect. Nothing you do here reaches Apple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox notice</source>
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
    <name>AltDist::StatusIndicators</name>
    <message>
        <source>Requests under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Store Connect allows a fixed number of requests per hour (from the X-Rate-Limit header of the latest answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit: not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 left this hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the sandbox at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests under way: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::StatusRowWidget</name>
    <message>
        <source>Retry</source>
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
<context>
    <name>AltDist::WelcomePage</name>
    <message>
        <source>Welcome to AltDist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage alternative distribution on App Store Connect: domains, web-distribution keys, and the packages of your apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add App Store Connect key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an API key (.p8) from App Store Connect › Users and Access › Integrations. The private key is kept in your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try everything against a built-in stand-in for App Store Connect with sample apps. Nothing you do there reaches Apple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or choose one of your accounts in the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Wizards</name>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::WorkArea</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web-distribution domains (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web-distribution keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys that sign web-distribution packages (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps, their App Store versions and packages (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltDist::Workspace</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage App Store Connect alternative distribution: domains, web-distribution keys, packages and their downloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the built-in sandbox; nothing reaches Apple.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
