<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AltDist::Account</name>
    <message>
        <source>The account name is empty.</source>
        <translation>Der Account-Name ist leer.</translation>
    </message>
    <message>
        <source>The account name must not start or end with spaces.</source>
        <translation>Der Account-Name darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>The account name must not contain &apos;/&apos; or &apos;\&apos;.</source>
        <translation>Der Account-Name darf weder „/“ noch „\“ enthalten.</translation>
    </message>
    <message>
        <source>The account name must not contain control characters.</source>
        <translation>Der Account-Name darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The account name is longer than %1 characters.</source>
        <translation>Der Account-Name ist länger als %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>AltDist::AccountIdsPage</name>
    <message>
        <source>Individual key (no issuer ID)</source>
        <translation>Individueller Schlüssel (ohne Aussteller-ID)</translation>
    </message>
    <message>
        <source>Account Details</source>
        <translation>Account-Details</translation>
    </message>
    <message>
        <source>Name the account and enter the IDs App Store Connect shows next to the key.</source>
        <translation>Benennen Sie den Account und geben Sie die IDs ein, die App Store Connect neben dem Schlüssel anzeigt.</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>&amp;Account-Name:</translation>
    </message>
    <message>
        <source>&amp;Issuer ID:</source>
        <translation>Aussteller-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Key ID:</source>
        <translation>&amp;Schlüssel-ID:</translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;; choose another name.</source>
        <translation>Es gibt bereits einen Account namens „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>App Store Connect</source>
        <translation>App Store Connect</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Enter the issuer ID shown above the list of team keys, or tick &quot;Individual key&quot;.</source>
        <translation>Geben Sie die Aussteller-ID ein, die über der Liste der Teamschlüssel steht, oder wählen Sie „Individueller Schlüssel“.</translation>
    </message>
</context>
<context>
    <name>AltDist::AccountKeyPage</name>
    <message>
        <source>App Store Connect API Key</source>
        <translation>App Store Connect-API-Schlüssel</translation>
    </message>
    <message>
        <source>Choose the private key (.p8) you downloaded from App Store Connect under Users and Access › Integrations, or drop it onto this page.</source>
        <translation>Wählen Sie den privaten Schlüssel (.p8) aus App Store Connect › Benutzer und Zugriff › Integrationen oder ziehen Sie ihn auf diese Seite.</translation>
    </message>
    <message>
        <source>/path/to/AuthKey_ABCDE12345.p8</source>
        <translation>/pfad/zu/AuthKey_ABCDE12345.p8</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>The key is read now but stored in the system keychain only when you click Finish. It is never written to AltDist&apos;s settings.</source>
        <translation>Der Schlüssel wird jetzt gelesen, aber erst beim Klick auf „Abschließen“ im Schlüsselbund des Systems gespeichert. In die Einstellungen von AltDist wird er nie geschrieben.</translation>
    </message>
    <message>
        <source>A valid EC P-256 private key.</source>
        <translation>Ein gültiger privater EC-P-256-Schlüssel.</translation>
    </message>
    <message>
        <source>A valid EC P-256 private key; the file name gives the key ID %1.</source>
        <translation>Ein gültiger privater EC-P-256-Schlüssel; laut Dateiname ist die Schlüssel-ID %1.</translation>
    </message>
    <message>
        <source>Choose App Store Connect Key</source>
        <translation>App Store Connect-Schlüssel auswählen</translation>
    </message>
    <message>
        <source>App Store Connect keys (*.p8);;All files (*)</source>
        <translation>App Store Connect-Schlüssel (*.p8);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>AltDist::AccountRegistry</name>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>Es gibt keinen Account namens „%1“.</translation>
    </message>
    <message>
        <source>The settings file “%1” could not be written.</source>
        <translation>Die Einstellungsdatei „%1“ konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>AltDist::AccountSwitcher</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>The App Store Connect account to work with, or the built-in sandbox</source>
        <translation>Der App Store Connect-Account, mit dem Sie arbeiten, oder die integrierte Sandbox</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Explore the built-in sandbox; nothing reaches Apple</source>
        <translation>Die integrierte Sandbox erkunden; nichts davon erreicht Apple</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Neuer Account…</translation>
    </message>
</context>
<context>
    <name>AltDist::AccountTestPage</name>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Test and Save</source>
        <translation>Testen und speichern</translation>
    </message>
    <message>
        <source>Optionally check that App Store Connect accepts the key, then click Finish to store it in the system keychain.</source>
        <translation>Prüfen Sie optional, ob App Store Connect den Schlüssel akzeptiert; „Abschließen“ speichert ihn dann im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Testing is optional: you may finish without it. AltDist then finds out whether the key works when the account is first opened.</source>
        <translation>Der Test ist optional: Sie können auch ohne ihn abschließen. AltDist stellt dann beim ersten Öffnen des Accounts fest, ob der Schlüssel funktioniert.</translation>
    </message>
    <message>
        <source>Individual key</source>
        <translation>Individueller Schlüssel</translation>
    </message>
    <message>
        <source>Team key, issuer ID %1</source>
        <translation>Teamschlüssel, Aussteller-ID %1</translation>
    </message>
    <message>
        <source>Account: %1
Key ID: %2
%3</source>
        <translation>Account: %1
Schlüssel-ID: %2
%3</translation>
    </message>
    <message>
        <source>Asking App Store Connect…</source>
        <translation>App Store Connect wird gefragt…</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>Der Verbindungstest ist fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>The key works: App Store Connect answered and lists %n app(s).</source>
        <translation>
            <numerusform>Der Schlüssel funktioniert: App Store Connect hat geantwortet und listet %n App.</numerusform>
            <numerusform>Der Schlüssel funktioniert: App Store Connect hat geantwortet und listet %n Apps.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key works: App Store Connect answered.</source>
        <translation>Der Schlüssel funktioniert: App Store Connect hat geantwortet.</translation>
    </message>
    <message>
        <source>Storing the key in the system keychain…</source>
        <translation>Der Schlüssel wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
</context>
<context>
    <name>AltDist::AddAccountWizard</name>
    <message>
        <source>Add App Store Connect Account</source>
        <translation>App Store Connect-Account hinzufügen</translation>
    </message>
</context>
<context>
    <name>AltDist::AddDomainWizard</name>
    <message>
        <source>Add Web-Distribution Domain</source>
        <translation>Domain für Web-Vertrieb hinzufügen</translation>
    </message>
    <message>
        <source>Add Domain</source>
        <translation>Domain hinzufügen</translation>
    </message>
</context>
<context>
    <name>AltDist::ApiClient</name>
    <message numerus="yes">
        <source>Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>Nach %n Versuch aufgegeben.</numerusform>
            <numerusform>Nach %n Versuchen aufgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>No App Store Connect token could be made with the API key.</source>
        <translation>Mit dem API-Schlüssel konnte kein App Store Connect-Token erzeugt werden.</translation>
    </message>
    <message>
        <source>An API path must start with &apos;/&apos; (got &quot;%1&quot;).</source>
        <translation>Ein API-Pfad muss mit „/“ beginnen (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 without an App Store Connect error description.</source>
        <translation>Der Server antwortete mit HTTP %1, aber ohne App Store Connect-Fehlerbeschreibung.</translation>
    </message>
    <message>
        <source>App Store Connect did not accept the API key (HTTP %1).</source>
        <translation>App Store Connect hat den API-Schlüssel nicht akzeptiert (HTTP %1).</translation>
    </message>
    <message>
        <source>App Store Connect refused the request (HTTP %1).</source>
        <translation>App Store Connect hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation>Der Server hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The connection to the server failed: %1.</source>
        <translation>Die Verbindung zum Server ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The request may or may not have been applied; check its result before sending it again.</source>
        <translation>Die Anfrage wurde möglicherweise ausgeführt. Prüfen Sie das Ergebnis, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>The server&apos;s answer (HTTP %1) is not valid JSON: %2.</source>
        <translation>Die Antwort des Servers (HTTP %1) ist kein gültiges JSON: %2.</translation>
    </message>
</context>
<context>
    <name>AltDist::ApiKey</name>
    <message>
        <source>%1 is too large to be a key file (a .p8 key is well under 1 KiB).</source>
        <translation>%1 ist zu groß für eine Schlüsseldatei (ein .p8-Schlüssel ist deutlich kleiner als 1 KiB).</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No key file was given.</source>
        <translation>Es wurde keine Schlüsseldatei angegeben.</translation>
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation>Die Schlüsseldatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a key file.</source>
        <translation>%1 ist ein Ordner, keine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The issuer ID is empty.</source>
        <translation>Die Aussteller-ID ist leer.</translation>
    </message>
    <message>
        <source>The issuer ID contains spaces or line breaks.</source>
        <translation>Die Aussteller-ID enthält Leerzeichen oder Zeilenumbrüche.</translation>
    </message>
    <message numerus="yes">
        <source>The issuer ID has %n characters; it should have 36, like 57246542-96fe-1a63-e053-0824d011072a.</source>
        <translation>
            <numerusform>Die Aussteller-ID hat %n Zeichen; sie muss 36 haben, z. B. 57246542-96fe-1a63-e053-0824d011072a.</numerusform>
            <numerusform>Die Aussteller-ID hat %n Zeichen; sie muss 36 haben, z. B. 57246542-96fe-1a63-e053-0824d011072a.</numerusform>
        </translation>
    </message>
    <message>
        <source>The issuer ID does not have the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.</source>
        <translation>Die Aussteller-ID hat nicht die Form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.</translation>
    </message>
    <message>
        <source>The issuer ID contains &quot;%1&quot;, which is not a hexadecimal digit.</source>
        <translation>Die Aussteller-ID enthält „%1“, das ist keine Hexadezimalziffer.</translation>
    </message>
    <message>
        <source>The key ID is empty.</source>
        <translation>Die Schlüssel-ID ist leer.</translation>
    </message>
    <message>
        <source>The key ID contains spaces or line breaks.</source>
        <translation>Die Schlüssel-ID enthält Leerzeichen oder Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>The key ID contains lower-case letters; key IDs are upper-case, as in AuthKey_&lt;KEY ID&gt;.p8.</source>
        <translation>Die Schlüssel-ID enthält Kleinbuchstaben; Schlüssel-IDs bestehen aus Großbuchstaben, wie in AuthKey_&lt;KEY ID&gt;.p8.</translation>
    </message>
    <message>
        <source>The key ID contains &quot;%1&quot;; only A-Z and 0-9 are allowed.</source>
        <translation>Die Schlüssel-ID enthält „%1“; erlaubt sind nur A–Z und 0–9.</translation>
    </message>
    <message>
        <source>The key ID has only one character; it should have 10.</source>
        <translation>Die Schlüssel-ID hat nur ein Zeichen; sie muss 10 haben.</translation>
    </message>
    <message numerus="yes">
        <source>The key ID has %n characters; it should have 10.</source>
        <translation>
            <numerusform>Die Schlüssel-ID hat %n Zeichen; sie muss 10 haben.</numerusform>
            <numerusform>Die Schlüssel-ID hat %n Zeichen; sie muss 10 haben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AltDist::AppOptions</name>
    <message>
        <source>Manage App Store Connect alternative distribution: domains, web-distribution keys, packages and their downloads.</source>
        <translation>Alternativen Vertrieb in App Store Connect verwalten: Domains, Web-Vertriebsschlüssel, Pakete und deren Downloads.</translation>
    </message>
    <message>
        <source>Explore the built-in sandbox; nothing reaches Apple.</source>
        <translation>Die integrierte Sandbox erkunden; nichts davon erreicht Apple.</translation>
    </message>
    <message>
        <source>ALTDIST_BASE_URL=&quot;%1&quot; is not usable: %2</source>
        <translation>ALTDIST_BASE_URL=&quot;%1&quot; ist nicht verwendbar: %2</translation>
    </message>
</context>
<context>
    <name>AltDist::AppStoreVersion</name>
    <message>
        <source>Only iOS and iPadOS versions can have an alternative distribution package; this version is for %1.</source>
        <translation>Nur iOS- und iPadOS-Versionen können ein Paket für den alternativen Vertrieb haben; diese Version ist für %1.</translation>
    </message>
    <message>
        <source>an unknown platform</source>
        <translation>eine unbekannte Plattform</translation>
    </message>
    <message>
        <source>This version is %1; a package can only be created for an approved version that is Pending Developer Release, Pending Apple Release or Ready for Distribution.</source>
        <translation>Status dieser Version: %1. Ein Paket kann nur für eine genehmigte Version mit dem Status „Ausstehende Entwicklerfreigabe“, „Ausstehende Apple-Freigabe“ oder „Bereit für den Vertrieb“ erstellt werden.</translation>
    </message>
    <message>
        <source>in an unknown state</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>AltDist::AppStoreVersionsModel</name>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Berechtigt</translation>
    </message>
</context>
<context>
    <name>AltDist::AppsBrowser</name>
    <message>
        <source>No apps in this account.</source>
        <translation>Dieser Account hat keine Apps.</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>This app has no App Store versions.</source>
        <translation>Diese App hat keine App Store-Versionen.</translation>
    </message>
    <message>
        <source>App Store versions</source>
        <translation>App Store-Versionen</translation>
    </message>
    <message>
        <source>This package version has no variants.</source>
        <translation>Diese Paketversion hat keine Varianten.</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>This package version has no deltas (a first version has none).</source>
        <translation>Diese Paketversion hat keine Deltas (eine erste Version hat keine).</translation>
    </message>
    <message>
        <source>Deltas</source>
        <translation>Deltas</translation>
    </message>
    <message>
        <source>&amp;Variants</source>
        <translation>&amp;Varianten</translation>
    </message>
    <message>
        <source>D&amp;eltas</source>
        <translation>De&amp;ltas</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Back to the level above (Alt+Left, Backspace)</source>
        <translation>Zurück zur übergeordneten Ebene (Alt+Links, Rücktaste)</translation>
    </message>
    <message>
        <source>Create package…</source>
        <translation>Paket erstellen…</translation>
    </message>
    <message>
        <source>Create an alternative distribution package for this App Store version</source>
        <translation>Ein Paket für den alternativen Vertrieb dieser App Store-Version erstellen</translation>
    </message>
    <message>
        <source>Create key…</source>
        <translation>Schlüssel erstellen…</translation>
    </message>
    <message>
        <source>Create a web-distribution key for this app</source>
        <translation>Einen Web-Vertriebsschlüssel für diese App erstellen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Reload this level (F5)</source>
        <translation>Diese Ebene neu laden (F5)</translation>
    </message>
    <message>
        <source>Package version %1</source>
        <translation>Paketversion %1</translation>
    </message>
    <message>
        <source>%1 · package version %2</source>
        <translation>%1 · Paketversion %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>delta %1</source>
        <translation>Delta %1</translation>
    </message>
    <message>
        <source>variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <source>Eligible for an alternative distribution package.</source>
        <translation>Kann ein Paket für den alternativen Vertrieb erhalten.</translation>
    </message>
    <message>
        <source>No package can be created: %1</source>
        <translation>Es kann kein Paket erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>AltDist::AppsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Bundle ID</source>
        <translation>Bundle-ID</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Primary locale</source>
        <translation>Primäre Sprache</translation>
    </message>
</context>
<context>
    <name>AltDist::AsyncPage</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>AltDist::Breadcrumb</name>
    <message>
        <source>Location</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Go back to %1</source>
        <translation>Zurück zu %1</translation>
    </message>
</context>
<context>
    <name>AltDist::BrowseActions</name>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected item (Delete)</source>
        <translation>Das ausgewählte Objekt löschen (Entf)</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Copy the selected item&apos;s ID (Ctrl+Shift+C)</source>
        <translation>Die ID des ausgewählten Objekts kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <source>Download the selected file and verify its checksum (Ctrl+D)</source>
        <translation>Die ausgewählte Datei herunterladen und ihre Prüfsumme prüfen (Strg+D)</translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::CliOptions</name>
    <message>
        <source>Print the API&apos;s JSON resource objects instead of a table.</source>
        <translation>Die JSON-Ressourcenobjekte der API statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Do not ask before deleting anything.</source>
        <translation>Vor dem Löschen nicht nachfragen.</translation>
    </message>
    <message>
        <source>Use the stored account &lt;name&gt;.</source>
        <translation>Den gespeicherten Account &lt;Name&gt; verwenden.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Issuer ID (UUID) of a team API key.</source>
        <translation>Aussteller-ID (UUID) eines Team-API-Schlüssels.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Key ID of the API key.</source>
        <translation>Schlüssel-ID des API-Schlüssels.</translation>
    </message>
    <message>
        <source>The API key&apos;s private key file (AuthKey_&lt;KEYID&gt;.p8).</source>
        <translation>Datei mit dem privaten Schlüssel des API-Schlüssels (AuthKey_&lt;KEYID&gt;.p8).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The key is an individual API key (no issuer ID).</source>
        <translation>Der Schlüssel ist ein individueller API-Schlüssel (ohne Aussteller-ID).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Start a local sandbox server in-process and talk to it instead of Apple.</source>
        <translation>Einen lokalen Sandbox-Server im selben Prozess starten und ihn statt Apple ansprechen.</translation>
    </message>
    <message>
        <source>Fetch every page, not only the first.</source>
        <translation>Alle Seiten abrufen, nicht nur die erste.</translation>
    </message>
    <message>
        <source>Items per page, at most %1.</source>
        <translation>Einträge pro Seite, höchstens %1.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Directory to download into (default: the current directory).</source>
        <translation>Zielverzeichnis für Downloads (Standard: das aktuelle Verzeichnis).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Credentials, first match wins:
  1. --issuer-id, --key-id, --key-file (--individual instead of --issuer-id for an individual key)
  2. the environment: %1, %2, %3
  3. --account NAME (a stored account; its private key lives in the OS keychain)
  4. the account used last
</source>
        <translation>Anmeldedaten, der erste Treffer gilt:
  1. --issuer-id, --key-id, --key-file (--individual statt --issuer-id für einen individuellen Schlüssel)
  2. die Umgebung: %1, %2, %3
  3. --account NAME (ein gespeicherter Account; sein privater Schlüssel liegt im Schlüsselbund des Systems)
  4. der zuletzt verwendete Account
</translation>
    </message>
    <message>
        <source>API base URL (http only to loopback); default $ALTDIST_BASE_URL, else Apple&apos;s.</source>
        <translation>API-Basis-URL (http nur für Loopback); Standard: $ALTDIST_BASE_URL, sonst die von Apple.</translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::CmdAccount</name>
    <message>
        <source>Added account %1; its private key is in the keychain.</source>
        <translation>Account %1 hinzugefügt; sein privater Schlüssel liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>ISSUER ID</source>
        <translation>AUSSTELLER-ID</translation>
    </message>
    <message>
        <source>KEY ID</source>
        <translation>SCHLÜSSEL-ID</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ZULETZT VERWENDET</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>individuell</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>There is no stored account named &quot;%1&quot;.</source>
        <translation>Es gibt keinen gespeicherten Account namens „%1“.</translation>
    </message>
    <message>
        <source>Remove account %1 (key ID %2) and its private key from the keychain?</source>
        <translation>Account %1 (Schlüssel-ID %2) und seinen privaten Schlüssel aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <source>Removed account %1.</source>
        <translation>Account %1 entfernt.</translation>
    </message>
    <message>
        <source>The credentials do not work.</source>
        <translation>Die Anmeldedaten funktionieren nicht.</translation>
    </message>
    <message>
        <source>The credentials work.</source>
        <translation>Die Anmeldedaten funktionieren.</translation>
    </message>
    <message>
        <source>Account %1 works.</source>
        <translation>Account %1 funktioniert.</translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 requests left this hour.</source>
        <translation>Anfragelimit: noch %1 von %2 Anfragen in dieser Stunde.</translation>
    </message>
    <message>
        <source>Stored accounts: IDs in the settings, private keys in the OS keychain.</source>
        <translation>Gespeicherte Accounts: IDs in den Einstellungen, private Schlüssel im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Store an account; the key goes to the keychain.</source>
        <translation>Einen Account speichern; der Schlüssel kommt in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>List the stored accounts.</source>
        <translation>Die gespeicherten Accounts auflisten.</translation>
    </message>
    <message>
        <source>Remove an account and its key from the keychain.</source>
        <translation>Einen Account und seinen Schlüssel aus dem Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <source>Make a real request with an account (or the given credentials).</source>
        <translation>Eine echte Anfrage mit einem Account (oder den angegebenen Anmeldedaten) senden.</translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::CmdApps</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>BUNDLE ID</source>
        <translation>BUNDLE-ID</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>LOCALE</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Bundle ID</source>
        <translation>Bundle-ID</translation>
    </message>
    <message>
        <source>Primary locale</source>
        <translation>Primäre Sprache</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>nein: %1</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATTFORM</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>REVIEW</source>
        <translation>PRÜFUNG</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>PACKAGE ELIGIBLE</source>
        <translation>PAKET MÖGLICH</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Review type</source>
        <translation>Prüfungsart</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Package eligible</source>
        <translation>Paket möglich</translation>
    </message>
    <message>
        <source>Apps and their App Store versions.</source>
        <translation>Apps und ihre App Store-Versionen.</translation>
    </message>
    <message>
        <source>List the apps.</source>
        <translation>Die Apps auflisten.</translation>
    </message>
    <message>
        <source>Show one app.</source>
        <translation>Eine App anzeigen.</translation>
    </message>
    <message>
        <source>List an app&apos;s App Store versions and whether each can get a package.</source>
        <translation>Die App Store-Versionen einer App auflisten und ob jede ein Paket erhalten kann.</translation>
    </message>
    <message>
        <source>Show one App Store version.</source>
        <translation>Eine App Store-Version anzeigen.</translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::CmdDeltas</name>
    <message>
        <source>Deltas of a package version: encrypted updates from an earlier version.</source>
        <translation>Deltas einer Paketversion: verschlüsselte Updates von einer früheren Version.</translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::CmdDomains</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>REFERENCE NAME</source>
        <translation>REFERENZNAME</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Reference name</source>
        <translation>Referenzname</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>--reference-name is required: a name for the domain that only you see.</source>
        <translation>--reference-name ist erforderlich: ein Name für die Domain, den nur Sie sehen.</translation>
    </message>
    <message>
        <source>Delete domain %1 (ID %2)?</source>
        <translation>Domain %1 (ID %2) löschen?</translation>
    </message>
    <message>
        <source>Deleted domain %1 (ID %2).</source>
        <translation>Domain %1 (ID %2) gelöscht.</translation>
    </message>
    <message>
        <source>Reference name of a new domain.</source>
        <translation>Referenzname einer neuen Domain.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Web-distribution domains of the account.</source>
        <translation>Web-Vertriebsdomains des Accounts.</translation>
    </message>
    <message>
        <source>List the domains.</source>
        <translation>Die Domains auflisten.</translation>
    </message>
    <message>
        <source>Show one domain.</source>
        <translation>Eine Domain anzeigen.</translation>
    </message>
    <message>
        <source>Register a domain.</source>
        <translation>Eine Domain registrieren.</translation>
    </message>
    <message>
        <source>Delete a domain.</source>
        <translation>Eine Domain löschen.</translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::CmdKeys</name>
    <message>
        <source>(all apps)</source>
        <translation>(alle Apps)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>APP</translation>
    </message>
    <message>
        <source>PUBLIC KEY SHA-256</source>
        <translation>SHA-256 DES ÖFFENTLICHEN SCHLÜSSELS</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Public key SHA-256</source>
        <translation>SHA-256 des öffentlichen Schlüssels</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Delete key %1 (for all apps)?</source>
        <translation>Schlüssel %1 (für alle Apps) löschen?</translation>
    </message>
    <message>
        <source>Delete key %1 (for app %2)?</source>
        <translation>Schlüssel %1 (für App %2) löschen?</translation>
    </message>
    <message>
        <source>Deleted key %1.</source>
        <translation>Schlüssel %1 gelöscht.</translation>
    </message>
    <message>
        <source>Generate a P-256 key pair here.</source>
        <translation>Hier ein P-256-Schlüsselpaar erzeugen.</translation>
    </message>
    <message>
        <source>Upload this PEM public key.</source>
        <translation>Diesen öffentlichen PEM-Schlüssel hochladen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Tie the key to one app.</source>
        <translation>Den Schlüssel an eine App binden.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Also write the generated private key to &lt;file&gt; (mode 0600).</source>
        <translation>Den erzeugten privaten Schlüssel zusätzlich in &lt;Datei&gt; schreiben (Modus 0600).</translation>
    </message>
    <message>
        <source>Web-distribution keys (public halves; private halves stay with you).</source>
        <translation>Web-Vertriebsschlüssel (öffentliche Hälften; die privaten Hälften bleiben bei Ihnen).</translation>
    </message>
    <message>
        <source>List the keys.</source>
        <translation>Die Schlüssel auflisten.</translation>
    </message>
    <message>
        <source>Show one key.</source>
        <translation>Einen Schlüssel anzeigen.</translation>
    </message>
    <message>
        <source>Upload a key; --generate keeps the private key in the keychain.</source>
        <translation>Einen Schlüssel hochladen; mit --generate bleibt der private Schlüssel im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Delete a key.</source>
        <translation>Einen Schlüssel löschen.</translation>
    </message>
    <message>
        <source>export-private-key: write the private key to &lt;file&gt; (mode 0600).</source>
        <translation>export-private-key: den privaten Schlüssel in &lt;Datei&gt; schreiben (Modus 0600).</translation>
    </message>
    <message>
        <source>export-private-key: replace an existing file.</source>
        <translation>export-private-key: eine vorhandene Datei ersetzen.</translation>
    </message>
    <message>
        <source>Copy a key generated here from the keychain into a file (mode 0600).</source>
        <translation>Einen hier erzeugten Schlüssel aus dem Schlüsselbund in eine Datei kopieren (Modus 0600).</translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::CmdPackageVersions</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>FILE CHECKSUM</source>
        <translation>DATEIPRÜFSUMME</translation>
    </message>
    <message>
        <source>URL EXPIRES</source>
        <translation>URL-ABLAUF</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>File checksum</source>
        <translation>Dateiprüfsumme</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>URL expires</source>
        <translation>URL-Ablauf</translation>
    </message>
    <message>
        <source>List a package&apos;s versions.</source>
        <translation>Die Versionen eines Pakets auflisten.</translation>
    </message>
    <message>
        <source>Show one version, with its download URL.</source>
        <translation>Eine Version mit ihrer Download-URL anzeigen.</translation>
    </message>
    <message>
        <source>Download the package zip and verify its checksum.</source>
        <translation>Das Paket-ZIP herunterladen und seine Prüfsumme prüfen.</translation>
    </message>
    <message>
        <source>Versions of a package: the package zip (manifest.json and signature), laid out for hosting.</source>
        <translation>Versionen eines Pakets: das Paket-ZIP (manifest.json und Signatur), angeordnet zum Hosten.</translation>
    </message>
    <message>
        <source>Lay out what to host for web distribution: manifest.json, signature and every variant and delta at its assetPath, each verified.</source>
        <translation>Alles für den Web-Vertrieb zu Hostende anordnen: manifest.json, Signatur sowie jede Variante und jedes Delta unter seinem assetPath, jeweils geprüft.</translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::CmdPackages</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>FILE CHECKSUM</source>
        <translation>DATEIPRÜFSUMME</translation>
    </message>
    <message>
        <source>COMPOSITE CHECKSUM</source>
        <translation>GESAMTPRÜFSUMME</translation>
    </message>
    <message>
        <source>File checksum</source>
        <translation>Dateiprüfsumme</translation>
    </message>
    <message>
        <source>Composite checksum</source>
        <translation>Gesamtprüfsumme</translation>
    </message>
    <message>
        <source>--version VERSION_ID is required: the App Store version to make a package for.</source>
        <translation>--version VERSION_ID ist erforderlich: die App Store-Version, für die ein Paket erstellt wird.</translation>
    </message>
    <message>
        <source>App Store version %1 has no package yet.</source>
        <translation>Die App Store-Version %1 hat noch kein Paket.</translation>
    </message>
    <message>
        <source>Alternative distribution packages (one per App Store version).</source>
        <translation>Pakete für den alternativen Vertrieb (eines pro App Store-Version).</translation>
    </message>
    <message>
        <source>The App Store version of a new package.</source>
        <translation>Die App Store-Version eines neuen Pakets.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Create the package of an eligible App Store version.</source>
        <translation>Das Paket einer berechtigten App Store-Version erstellen.</translation>
    </message>
    <message>
        <source>Show one package.</source>
        <translation>Ein Paket anzeigen.</translation>
    </message>
    <message>
        <source>Show the package of an App Store version, if it has one.</source>
        <translation>Das Paket einer App Store-Version anzeigen, falls sie eines hat.</translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::CmdVariants</name>
    <message>
        <source>Variants of a package version: the encrypted app for one device class.</source>
        <translation>Varianten einer Paketversion: die verschlüsselte App für eine Geräteklasse.</translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::CommandRouter</name>
    <message>
        <source>Manage App Store Connect alternative distribution (EU web distribution and alternative marketplaces) from scripts and CI.</source>
        <translation>Alternativen Vertrieb in App Store Connect (Web-Vertrieb in der EU und alternative App-Marktplätze) aus Skripten und CI verwalten.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &quot;%1 &lt;command&gt; --help&quot; for a command&apos;s own options.</source>
        <translation>Führen Sie „%1 &lt;Befehl&gt; --help“ aus, um die Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>Einer der obigen Befehle.</translation>
    </message>
    <message>
        <source>&lt;command&gt; &lt;subcommand&gt; [arguments]</source>
        <translation>&lt;Befehl&gt; &lt;Unterbefehl&gt; [Argumente]</translation>
    </message>
    <message>
        <source>&lt;subcommand&gt; [arguments]</source>
        <translation>&lt;Unterbefehl&gt; [Argumente]</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>No %1 command given.</source>
        <translation>Kein %1-Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown %1 command &quot;%2&quot;.</source>
        <translation>Unbekannter %1-Befehl „%2“.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation>Aufruf: %1 %2 %3</translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::Confirm</name>
    <message>
        <source>Refusing to delete without confirmation: stdin is not a terminal. Pass --yes to delete without being asked.</source>
        <translation>Ohne Bestätigung wird nichts gelöscht: stdin ist kein Terminal. Geben Sie --yes an, um ohne Rückfrage zu löschen.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[j/N]</translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::CredentialsResolver</name>
    <message>
        <source>Give either --issuer-id (a team key) or --individual (an individual key), not both.</source>
        <translation>Geben Sie entweder --issuer-id (ein Teamschlüssel) oder --individual (ein individueller Schlüssel) an, nicht beides.</translation>
    </message>
    <message>
        <source>No issuer ID. A team key needs --issuer-id ID (or %1); an individual key has none: pass --individual instead.</source>
        <translation>Keine Aussteller-ID. Ein Teamschlüssel braucht --issuer-id ID (oder %1); ein individueller Schlüssel hat keine: Geben Sie stattdessen --individual an.</translation>
    </message>
    <message>
        <source>No key ID: pass --key-id ID (or set %1).</source>
        <translation>Keine Schlüssel-ID: Geben Sie --key-id ID an (oder setzen Sie %1).</translation>
    </message>
    <message>
        <source>No private key file: pass --key-file FILE (or set %1).</source>
        <translation>Keine Datei mit privatem Schlüssel: Geben Sie --key-file FILE an (oder setzen Sie %1).</translation>
    </message>
    <message>
        <source>No credentials. Pass --issuer-id (or --individual), --key-id and --key-file; set %1, %2 and %3; or add an account with &quot;account add&quot; and pass --account NAME.</source>
        <translation>Keine Anmeldedaten. Geben Sie --issuer-id (oder --individual), --key-id und --key-file an, setzen Sie %1, %2 und %3 oder fügen Sie mit „account add“ einen Account hinzu und geben Sie --account NAME an.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>There is no stored account named &quot;%1&quot; (known accounts: %2).</source>
        <translation>Es gibt keinen gespeicherten Account namens „%1“ (bekannte Accounts: %2).</translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::Downloads</name>
    <message>
        <source>--output needs a directory.</source>
        <translation>--output braucht ein Verzeichnis.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>verified %1 %2</source>
        <translation>geprüft: %1 %2</translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::ExitCodes</name>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>unexpected failure (e.g. an answer the client did not understand)</source>
        <translation>unerwarteter Fehler (z. B. eine Antwort, die der Client nicht verstanden hat)</translation>
    </message>
    <message>
        <source>usage: bad arguments or bad input (malformed domain, unusable .p8 ...), caught before any request</source>
        <translation>Aufruf: falsche Argumente oder Eingaben (fehlerhafte Domain, unbrauchbare .p8 …), erkannt vor jeder Anfrage</translation>
    </message>
    <message>
        <source>authentication: 401/403, unusable credentials, no account</source>
        <translation>Authentifizierung: 401/403, unbrauchbare Anmeldedaten, kein Account</translation>
    </message>
    <message>
        <source>API error: any other 4xx/5xx answer</source>
        <translation>API-Fehler: jede andere 4xx/5xx-Antwort</translation>
    </message>
    <message>
        <source>network failure or timeout</source>
        <translation>Netzwerkfehler oder Zeitüberschreitung</translation>
    </message>
    <message>
        <source>integrity: a downloaded file&apos;s checksum did not match</source>
        <translation>Integrität: Die Prüfsumme einer geladenen Datei stimmte nicht überein</translation>
    </message>
    <message>
        <source>cancelled (Ctrl+C)</source>
        <translation>abgebrochen (Strg+C)</translation>
    </message>
    <message>
        <source>keychain or local file error</source>
        <translation>Schlüsselbund- oder lokaler Dateifehler</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::Invocation</name>
    <message>
        <source>--limit must be a whole number from 1 to %1 (got &quot;%2&quot;).</source>
        <translation>--limit muss eine ganze Zahl von 1 bis %1 sein (erhalten: „%2“).</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for usage.</source>
        <translation>Führen Sie „%1 --help“ aus, um die Verwendung zu sehen.</translation>
    </message>
    <message>
        <source>Note: talking to a local sandbox at %1, not to Apple&apos;s App Store Connect.</source>
        <translation>Hinweis: Verbunden mit einer lokalen Sandbox unter %1, nicht mit App Store Connect von Apple.</translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::KeyCreation</name>
    <message>
        <source>Give exactly one of --generate (make a key pair here) or --public-key FILE.</source>
        <translation>Geben Sie genau eines an: --generate (hier ein Schlüsselpaar erzeugen) oder --public-key FILE.</translation>
    </message>
    <message>
        <source>--private-key-out only goes with --generate: an imported key&apos;s private half is yours already.</source>
        <translation>--private-key-out geht nur zusammen mit --generate: Die private Hälfte eines importierten Schlüssels haben Sie bereits.</translation>
    </message>
    <message>
        <source>%1 already exists; not overwriting a private key file.</source>
        <translation>%1 existiert bereits; eine Datei mit privatem Schlüssel wird nicht überschrieben.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Not uploading anything: the keychain is unavailable, so the private key would be lost. Pass --private-key-out FILE to keep it in a file instead.</source>
        <translation>Es wird nichts hochgeladen: Der Schlüsselbund ist nicht verfügbar, der private Schlüssel ginge also verloren. Geben Sie --private-key-out FILE an, um ihn stattdessen in einer Datei aufzubewahren.</translation>
    </message>
    <message>
        <source>Warning: the keychain is unavailable; the private key is kept only in %1.</source>
        <translation>Warnung: Der Schlüsselbund ist nicht verfügbar; der private Schlüssel liegt nur in %1.</translation>
    </message>
    <message>
        <source>Removed %1: its key was not uploaded.</source>
        <translation>%1 entfernt: Sein Schlüssel wurde nicht hochgeladen.</translation>
    </message>
    <message>
        <source>The private key is in the keychain under key ID %1.</source>
        <translation>Der private Schlüssel liegt im Schlüsselbund unter der Schlüssel-ID %1.</translation>
    </message>
    <message>
        <source>Warning: the keychain refused the private key (%1); it is kept only in %2.</source>
        <translation>Warnung: Der Schlüsselbund hat den privaten Schlüssel abgelehnt (%1); er liegt nur in %2.</translation>
    </message>
    <message>
        <source>Key %1 was uploaded but its private key could not be kept. Delete it with &quot;keys delete %1&quot; and try again.</source>
        <translation>Schlüssel %1 wurde hochgeladen, aber sein privater Schlüssel konnte nicht aufbewahrt werden. Löschen Sie ihn mit „keys delete %1“ und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Kept %1: the key may have been uploaded all the same; check with &quot;keys list&quot; before trying again.</source>
        <translation>%1 wurde behalten: Der Schlüssel wurde möglicherweise trotzdem hochgeladen. Prüfen Sie das mit „keys list“, bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::KeyExport</name>
    <message>
        <source>export-private-key needs --output FILE: the file the private key is written to.</source>
        <translation>export-private-key braucht --output FILE: die Datei, in die der private Schlüssel geschrieben wird.</translation>
    </message>
    <message>
        <source>%1 already exists; not overwriting it (pass --force to replace it).</source>
        <translation>%1 existiert bereits und wird nicht überschrieben (geben Sie --force an, um die Datei zu ersetzen).</translation>
    </message>
    <message>
        <source>The keychain entry for the web-distribution key %1 is not a usable private key.</source>
        <translation>Der Schlüsselbundeintrag für den Web-Vertriebsschlüssel %1 ist kein verwendbarer privater Schlüssel.</translation>
    </message>
    <message>
        <source>Wrote the private key of web-distribution key %1 (mode 0600).</source>
        <translation>Privaten Schlüssel des Web-Vertriebsschlüssels %1 geschrieben (Modus 0600).</translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::LayoutCommand</name>
    <message numerus="yes">
        <source>Laid out %n file(s) in %1, each verified (SHA-256 above).</source>
        <translation>
            <numerusform>%n Datei in %1 angeordnet und geprüft (SHA-256 siehe oben).</numerusform>
            <numerusform>%n Dateien in %1 angeordnet, jede geprüft (SHA-256 siehe oben).</numerusform>
        </translation>
    </message>
    <message>
        <source>layout needs --output DIR: the directory the files are laid out in.</source>
        <translation>layout braucht --output DIR: das Verzeichnis, in dem die Dateien angeordnet werden.</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>Anordnung</translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::Listing</name>
    <message>
        <source>Showing %1 of %2 (%3 more). Use --all to list them all.</source>
        <translation>%1 von %2 angezeigt (%3 weitere). Mit --all werden alle aufgelistet.</translation>
    </message>
    <message>
        <source>Showing the first %1; more exist. Use --all to list them all.</source>
        <translation>Die ersten %1 angezeigt; es gibt weitere. Mit --all werden alle aufgelistet.</translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::Output</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::PackageAssetCommands</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>FILE CHECKSUM</source>
        <translation>DATEIPRÜFSUMME</translation>
    </message>
    <message>
        <source>URL EXPIRES</source>
        <translation>URL-ABLAUF</translation>
    </message>
    <message>
        <source>File checksum</source>
        <translation>Dateiprüfsumme</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>URL expires</source>
        <translation>URL-Ablauf</translation>
    </message>
    <message>
        <source>Key blob</source>
        <translation>Schlüssel-Blob</translation>
    </message>
    <message>
        <source>List those of a package version.</source>
        <translation>Alle einer Paketversion auflisten.</translation>
    </message>
    <message>
        <source>Show one, with its download URL.</source>
        <translation>Ein Objekt mit seiner Download-URL anzeigen.</translation>
    </message>
    <message>
        <source>Download and verify its checksum.</source>
        <translation>Herunterladen und Prüfsumme prüfen.</translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::ProgressBar</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 [%2] %3% %4 / %5 %6 ETA %7</source>
        <translation>%1 [%2] %3 % %4 / %5 %6 noch %7</translation>
    </message>
    <message>
        <source>%1: %2 in %3 s (%4/s)</source>
        <translation>%1: %2 in %3 s (%4/s)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AltDist::Connection</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>AltDist::ConnectionSwitcher</name>
    <message>
        <source>the sandbox</source>
        <translation>die Sandbox</translation>
    </message>
    <message>
        <source>Cancel Downloads?</source>
        <translation>Downloads abbrechen?</translation>
    </message>
    <message>
        <source>Downloads running: %1. Switching to %2 cancels them.</source>
        <translation>Laufende Downloads: %1. Der Wechsel zu %2 bricht sie ab.</translation>
    </message>
    <message>
        <source>Cancel Downloads and Switch</source>
        <translation>Downloads abbrechen und wechseln</translation>
    </message>
    <message>
        <source>Remove Account?</source>
        <translation>Account entfernen?</translation>
    </message>
    <message>
        <source>Remove the account “%1”? Its private key is deleted from this computer&apos;s keychain; the key itself stays valid in App Store Connect until you revoke it there.</source>
        <translation>Den Account „%1“ entfernen? Sein privater Schlüssel wird aus dem Schlüsselbund dieses Computers gelöscht; der Schlüssel selbst bleibt in App Store Connect gültig, bis Sie ihn dort widerrufen.</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>AltDist::CopyButton</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>AltDist::CopyableId</name>
    <message>
        <source>Copy %1 (Ctrl+Shift+C)</source>
        <translation>%1 kopieren (Strg+Umschalt+C)</translation>
    </message>
</context>
<context>
    <name>AltDist::CreateKeyWizard</name>
    <message>
        <source>Create Web-Distribution Key</source>
        <translation>Web-Vertriebsschlüssel erstellen</translation>
    </message>
    <message>
        <source>Create Key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
</context>
<context>
    <name>AltDist::CreatePackageWizard</name>
    <message>
        <source>Create Alternative Distribution Package</source>
        <translation>Paket für alternativen Vertrieb erstellen</translation>
    </message>
    <message>
        <source>Create Package</source>
        <translation>Paket erstellen</translation>
    </message>
</context>
<context>
    <name>AltDist::CredentialStore</name>
    <message>
        <source>The account “%1” is being changed; try again when that is done.</source>
        <translation>Der Account „%1“ wird gerade geändert. Versuchen Sie es danach erneut.</translation>
    </message>
    <message>
        <source>No private key was given.</source>
        <translation>Es wurde kein privater Schlüssel angegeben.</translation>
    </message>
    <message>
        <source>An account named “%1” already exists.</source>
        <translation>Es gibt bereits einen Account namens „%1“.</translation>
    </message>
    <message>
        <source>The private key could not be encoded for the keychain.</source>
        <translation>Der private Schlüssel konnte nicht für den Schlüsselbund codiert werden.</translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>Es gibt keinen Account namens „%1“.</translation>
    </message>
    <message>
        <source>No private key is stored in the keychain for the account “%1”. Remove the account and add it again with its .p8 file.</source>
        <translation>Im Schlüsselbund ist für den Account „%1“ kein privater Schlüssel gespeichert. Entfernen Sie den Account und fügen Sie ihn mit seiner .p8-Datei erneut hinzu.</translation>
    </message>
    <message>
        <source>The key stored in the keychain for the account “%1” is unusable: %2</source>
        <translation>Der im Schlüsselbund gespeicherte Schlüssel für den Account „%1“ ist unbrauchbar: %2</translation>
    </message>
    <message>
        <source>The web-distribution key ID is empty.</source>
        <translation>Die ID des Web-Vertriebsschlüssels ist leer.</translation>
    </message>
    <message>
        <source>The web-distribution key ID is longer than %1 characters.</source>
        <translation>Die ID des Web-Vertriebsschlüssels ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The web-distribution key ID must not contain spaces, &apos;/&apos;, &apos;\&apos; or control characters.</source>
        <translation>Die ID des Web-Vertriebsschlüssels darf keine Leerzeichen, „/“, „\“ oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>No private key is stored in the keychain for the web-distribution key %1.</source>
        <translation>Im Schlüsselbund ist für den Web-Vertriebsschlüssel %1 kein privater Schlüssel gespeichert.</translation>
    </message>
</context>
<context>
    <name>AltDist::DetailsPanel</name>
    <message>
        <source>Select an item to see its details</source>
        <translation>Wählen Sie ein Objekt aus, um seine Details zu sehen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>URL expiry</source>
        <translation>URL-Ablauf</translation>
    </message>
    <message>
        <source>API name: %1</source>
        <translation>API-Name: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>AltDist::DomainName</name>
    <message>
        <source>Enter the host name only, without a scheme such as &quot;https://&quot;.</source>
        <translation>Geben Sie nur den Hostnamen ein, ohne Schema wie „https://“.</translation>
    </message>
    <message>
        <source>A domain name cannot contain spaces.</source>
        <translation>Ein Domainname darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A domain name cannot contain a user name (&quot;@&quot;).</source>
        <translation>Ein Domainname darf keinen Benutzernamen („@“) enthalten.</translation>
    </message>
    <message>
        <source>Enter the host name only, without a path (&quot;/&quot;).</source>
        <translation>Geben Sie nur den Hostnamen ein, ohne Pfad („/“).</translation>
    </message>
    <message>
        <source>Enter the host name only, without a query or fragment.</source>
        <translation>Geben Sie nur den Hostnamen ein, ohne Abfrage oder Fragment.</translation>
    </message>
    <message>
        <source>An IP address cannot be registered; enter a domain name.</source>
        <translation>Eine IP-Adresse kann nicht registriert werden. Geben Sie einen Domainnamen ein.</translation>
    </message>
    <message>
        <source>Enter the host name only, without a port (&quot;:&quot;).</source>
        <translation>Geben Sie nur den Hostnamen ein, ohne Port („:“).</translation>
    </message>
    <message>
        <source>The domain name is %1 characters long; at most %2 are allowed.</source>
        <translation>Der Domainname ist %1 Zeichen lang; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>Enter a fully qualified domain name such as &quot;apps.example.com&quot; (it needs a dot).</source>
        <translation>Geben Sie einen vollständigen Domainnamen wie „apps.example.com“ ein (er braucht einen Punkt).</translation>
    </message>
    <message>
        <source>The domain name has an empty label (two dots in a row, or a dot at the start or end).</source>
        <translation>Der Domainname enthält ein leeres Label (zwei Punkte hintereinander oder ein Punkt am Anfang oder Ende).</translation>
    </message>
    <message>
        <source>The label &quot;%1&quot; is %2 characters long; at most %3 are allowed.</source>
        <translation>Das Label „%1“ ist %2 Zeichen lang; erlaubt sind höchstens %3.</translation>
    </message>
    <message>
        <source>The label &quot;%1&quot; starts or ends with a hyphen.</source>
        <translation>Das Label „%1“ beginnt oder endet mit einem Bindestrich.</translation>
    </message>
    <message>
        <source>The character &quot;%1&quot; is not allowed in a domain name.</source>
        <translation>Das Zeichen „%1“ ist in einem Domainnamen nicht erlaubt.</translation>
    </message>
    <message>
        <source>Enter a domain name.</source>
        <translation>Geben Sie einen Domainnamen ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid internationalised domain name.</source>
        <translation>„%1“ ist kein gültiger internationalisierter Domainname.</translation>
    </message>
</context>
<context>
    <name>AltDist::DomainPage</name>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Enter the host name your web-distribution apps are offered from, without https:// or a path, and a reference name only you see.</source>
        <translation>Geben Sie den Hostnamen ein, über den Ihre Apps im Web-Vertrieb angeboten werden (ohne https:// und Pfad), sowie einen Referenznamen, den nur Sie sehen.</translation>
    </message>
    <message>
        <source>apps.example.com</source>
        <translation>apps.example.com</translation>
    </message>
    <message>
        <source>Main website</source>
        <translation>Hauptwebsite</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>&amp;Reference name:</source>
        <translation>&amp;Referenzname:</translation>
    </message>
    <message>
        <source>Will be registered as %1</source>
        <translation>Wird registriert als %1</translation>
    </message>
    <message>
        <source>The reference name cannot be only spaces.</source>
        <translation>Der Referenzname darf nicht nur aus Leerzeichen bestehen.</translation>
    </message>
</context>
<context>
    <name>AltDist::DomainReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>This is what AltDist sends to App Store Connect when you click Add Domain.</source>
        <translation>Dies sendet AltDist an App Store Connect, wenn Sie auf „Domain hinzufügen“ klicken.</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domain:</translation>
    </message>
    <message>
        <source>Sent as (domain):</source>
        <translation>Gesendet als (domain):</translation>
    </message>
    <message>
        <source>Reference name:</source>
        <translation>Referenzname:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Anfrage:</translation>
    </message>
    <message>
        <source>Not connected: open an account or the sandbox first.</source>
        <translation>Nicht verbunden: Öffnen Sie zuerst einen Account oder die Sandbox.</translation>
    </message>
    <message>
        <source>Registering the domain…</source>
        <translation>Die Domain wird registriert…</translation>
    </message>
</context>
<context>
    <name>AltDist::DomainsApi</name>
    <message>
        <source>Enter a reference name for the domain.</source>
        <translation>Geben Sie einen Referenznamen für die Domain ein.</translation>
    </message>
</context>
<context>
    <name>AltDist::DomainsModel</name>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reference name</source>
        <translation>Referenzname</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>AltDist::DomainsPage</name>
    <message>
        <source>Add domain…</source>
        <translation>Domain hinzufügen…</translation>
    </message>
    <message>
        <source>Register a domain web distribution may flow from</source>
        <translation>Eine Domain registrieren, über die der Web-Vertrieb laufen darf</translation>
    </message>
    <message>
        <source>No domains yet – Add domain…</source>
        <translation>Noch keine Domains – Domain hinzufügen…</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Delete the domain with ID %1?</source>
        <translation>Die Domain mit der ID %1 löschen?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delete the domain “%1” (reference name “%2”, ID %3)? Web distribution from this domain stops.</source>
        <translation>Die Domain „%1“ (Referenzname „%2“, ID %3) löschen? Der Web-Vertrieb über diese Domain endet dann.</translation>
    </message>
</context>
<context>
    <name>AltDist::Download</name>
    <message>
        <source>The download link is not a valid http(s) URL.</source>
        <translation>Der Download-Link ist keine gültige http(s)-URL.</translation>
    </message>
    <message>
        <source>No file name was given for the download.</source>
        <translation>Für den Download wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>The download link keeps expiring; no fresh link could be used.</source>
        <translation>Der Download-Link läuft immer wieder ab; es konnte kein neuer Link verwendet werden.</translation>
    </message>
    <message>
        <source>The download link has expired. Reload the item to get a fresh one.</source>
        <translation>Der Download-Link ist abgelaufen. Laden Sie das Objekt neu, um einen neuen Link zu erhalten.</translation>
    </message>
    <message>
        <source>the server sent a different byte range than requested</source>
        <translation>der Server hat einen anderen Bytebereich als angefordert gesendet</translation>
    </message>
    <message>
        <source>The server sent more bytes than the file has.</source>
        <translation>Der Server hat mehr Bytes gesendet, als die Datei hat.</translation>
    </message>
    <message>
        <source>the connection closed before the whole file arrived</source>
        <translation>die Verbindung wurde geschlossen, bevor die ganze Datei angekommen ist</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The download server answered HTTP %1.</source>
        <translation>Der Download-Server antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <source>the partial download did not fit the file on the server</source>
        <translation>der teilweise Download passte nicht zur Datei auf dem Server</translation>
    </message>
    <message>
        <source>The download failed after %1 attempts: %2</source>
        <translation>Der Download ist nach %1 Versuchen fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The downloaded file&apos;s %1 checksum is %2, but %3 was expected; the download was deleted.</source>
        <translation>Die %1-Prüfsumme der geladenen Datei ist %2, erwartet wurde aber %3; der Download wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>AltDist::DownloadController</name>
    <message>
        <source>Unknown kind of download.</source>
        <translation>Unbekannte Art von Download.</translation>
    </message>
    <message>
        <source>Save Downloads In</source>
        <translation>Downloads speichern in</translation>
    </message>
    <message>
        <source>Choose a folder to save the download in.</source>
        <translation>Wählen Sie einen Ordner für den Download.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Not connected: open an account or the sandbox first.</source>
        <translation>Nicht verbunden: Öffnen Sie zuerst einen Account oder die Sandbox.</translation>
    </message>
    <message>
        <source>The item</source>
        <translation>Das Objekt</translation>
    </message>
    <message>
        <source>%1 cannot be downloaded: %2</source>
        <translation>%1 kann nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>%1 is already being downloaded to %2.</source>
        <translation>%1 wird bereits nach %2 heruntergeladen.</translation>
    </message>
    <message>
        <source>Cancelled: the account was switched</source>
        <translation>Abgebrochen: Der Account wurde gewechselt</translation>
    </message>
</context>
<context>
    <name>AltDist::DownloadJob</name>
    <message>
        <source>The connection this download used has been closed.</source>
        <translation>Die Verbindung, die dieser Download verwendet hat, wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>AltDist::DownloadsModel</name>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n downloading</source>
        <translation>
            <numerusform>%n wird geladen</numerusform>
            <numerusform>%n werden geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verified</source>
        <translation>
            <numerusform>%n geprüft</numerusform>
            <numerusform>%n geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Verified (%1 %2…)</source>
        <translation>Geprüft (%1 %2…)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The file&apos;s %1 checksum matched the one App Store Connect published:
%2</source>
        <translation>Die %1-Prüfsumme der Datei stimmt mit der von App Store Connect veröffentlichten überein:
%2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>Gespeichert in</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>AltDist::DownloadsPanel</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>&amp;Erledigte entfernen</translation>
    </message>
    <message>
        <source>Stop the selected downloads and delete what they saved so far</source>
        <translation>Die ausgewählten Downloads stoppen und das bisher Gespeicherte löschen</translation>
    </message>
    <message>
        <source>Open the folder the selected download was saved in</source>
        <translation>Den Ordner öffnen, in dem der ausgewählte Download gespeichert wurde</translation>
    </message>
    <message>
        <source>Remove finished, failed and cancelled downloads from the list (files stay)</source>
        <translation>Abgeschlossene, fehlgeschlagene und abgebrochene Downloads aus der Liste entfernen (die Dateien bleiben erhalten)</translation>
    </message>
    <message>
        <source>No downloads yet. Select a package version, variant or delta and choose Download… (Ctrl+D).</source>
        <translation>Noch keine Downloads. Wählen Sie eine Paketversion, Variante oder ein Delta und dann „Herunterladen…“ (Strg+D).</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>The folder of %1 could not be opened.</source>
        <translation>Der Ordner von %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>No downloads</source>
        <translation>Keine Downloads</translation>
    </message>
</context>
<context>
    <name>AltDist::EcKeyPair</name>
    <message>
        <source>The permissions of %1 cannot be restricted to its owner.</source>
        <translation>Die Zugriffsrechte von %1 können nicht auf den Eigentümer beschränkt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>OpenSSL could not generate a P-256 key pair.</source>
        <translation>OpenSSL konnte kein P-256-Schlüsselpaar erzeugen.</translation>
    </message>
    <message>
        <source>No file name was given for the private key.</source>
        <translation>Für den privaten Schlüssel wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>There is no private key to write.</source>
        <translation>Es gibt keinen privaten Schlüssel zum Schreiben.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AltDist::Error</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation>Parameter %1</translation>
    </message>
</context>
<context>
    <name>AltDist::ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation>Parameter %1</translation>
    </message>
</context>
<context>
    <name>AltDist::ExpectedChecksum</name>
    <message>
        <source>The file has no checksum to verify the download against.</source>
        <translation>Für die Datei gibt es keine Prüfsumme, mit der der Download geprüft werden kann.</translation>
    </message>
    <message>
        <source>The expected checksum &quot;%1&quot; is not hexadecimal.</source>
        <translation>Die erwartete Prüfsumme „%1“ ist nicht hexadezimal.</translation>
    </message>
    <message>
        <source>The expected checksum has %1 hex digits; SHA-256 has 64 and MD5 32.</source>
        <translation>Die erwartete Prüfsumme hat %1 Hexadezimalziffern; SHA-256 hat 64 und MD5 32.</translation>
    </message>
</context>
<context>
    <name>AltDist::HostingLayout</name>
    <message>
        <source>No output directory was given for the layout.</source>
        <translation>Für die Anordnung wurde kein Ausgabeverzeichnis angegeben.</translation>
    </message>
    <message>
        <source>The manifest names the variant %1, but the package version has no such variant.</source>
        <translation>Das Manifest nennt die Variante %1, aber die Paketversion hat keine solche Variante.</translation>
    </message>
    <message>
        <source>The manifest names the delta %1, but the package version has no such delta.</source>
        <translation>Das Manifest nennt das Delta %1, aber die Paketversion hat kein solches Delta.</translation>
    </message>
    <message>
        <source>The manifest&apos;s SHA-256 for %1 is %2, but the API says %3.</source>
        <translation>Laut Manifest ist der SHA-256-Wert von %1 %2, laut API aber %3.</translation>
    </message>
    <message>
        <source>%1 has the SHA-256 %2, but the manifest says %3.</source>
        <translation>%1 hat den SHA-256-Wert %2, laut Manifest aber %3.</translation>
    </message>
</context>
<context>
    <name>AltDist::HostingStaging</name>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The package zip&apos;s signature is implausibly large.</source>
        <translation>Die Signatur im Paket-ZIP ist unplausibel groß.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Cannot create the directory for %1.</source>
        <translation>Das Verzeichnis für %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot move %1 into place: %2</source>
        <translation>%1 kann nicht an seinen Zielort verschoben werden: %2</translation>
    </message>
</context>
<context>
    <name>AltDist::JsonApi</name>
    <message>
        <source>The server&apos;s answer was not understood: %1</source>
        <translation>Die Antwort des Servers wurde nicht verstanden: %1</translation>
    </message>
</context>
<context>
    <name>AltDist::KeyAppPage</name>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>A key can serve every alternative-distribution app of the account, or just one app.</source>
        <translation>Ein Schlüssel kann für alle Apps des Accounts im alternativen Vertrieb gelten oder nur für eine App.</translation>
    </message>
    <message>
        <source>Account-wide (all apps)</source>
        <translation>Accountweit (alle Apps)</translation>
    </message>
    <message>
        <source>&amp;Use the key for:</source>
        <translation>Schlüssel &amp;verwenden für:</translation>
    </message>
    <message>
        <source>Loading apps…</source>
        <translation>Apps werden geladen…</translation>
    </message>
    <message>
        <source>The apps could not be loaded; an account-wide key can still be created.</source>
        <translation>Die Apps konnten nicht geladen werden; ein accountweiter Schlüssel kann trotzdem erstellt werden.</translation>
    </message>
    <message>
        <source>Not connected: open an account or the sandbox first.</source>
        <translation>Nicht verbunden: Öffnen Sie zuerst einen Account oder die Sandbox.</translation>
    </message>
    <message>
        <source>Creating the key at App Store Connect…</source>
        <translation>Der Schlüssel wird in App Store Connect erstellt…</translation>
    </message>
    <message>
        <source>Storing the private key in the system keychain…</source>
        <translation>Der private Schlüssel wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Der Schlüsselbund des Systems wird geprüft…</translation>
    </message>
    <message>
        <source>Nothing was created: the system keychain is unavailable, so the private key would be lost. Go back and choose to also save it to a file, or unlock the keychain and try again.
%1</source>
        <translation>Es wurde nichts erstellt: Der Schlüsselbund des Systems ist nicht verfügbar, der private Schlüssel ginge also verloren. Gehen Sie zurück und lassen Sie ihn zusätzlich in einer Datei speichern, oder entsperren Sie den Schlüsselbund und versuchen Sie es erneut.
%1</translation>
    </message>
</context>
<context>
    <name>AltDist::KeyDonePage</name>
    <message>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Save Private Key to File…</source>
        <translation>Privaten Schlüssel in Datei speichern…</translation>
    </message>
    <message>
        <source>Key Created</source>
        <translation>Schlüssel erstellt</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>Schlüssel-ID:</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Privater Schlüssel:</translation>
    </message>
    <message>
        <source>App Store Connect has the new account-wide key.</source>
        <translation>App Store Connect hat den neuen accountweiten Schlüssel.</translation>
    </message>
    <message>
        <source>App Store Connect has the new key for %1.</source>
        <translation>App Store Connect hat den neuen Schlüssel für %1.</translation>
    </message>
    <message>
        <source>Not handled by AltDist: only the public key was uploaded.</source>
        <translation>Nicht von AltDist verwaltet: Nur der öffentliche Schlüssel wurde hochgeladen.</translation>
    </message>
    <message>
        <source>In the system keychain under key ID %1.</source>
        <translation>Im Schlüsselbund des Systems unter der Schlüssel-ID %1.</translation>
    </message>
    <message>
        <source>Saved to %1 (readable by you alone).</source>
        <translation>Gespeichert in %1 (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>Not stored anywhere yet.</source>
        <translation>Noch nirgends gespeichert.</translation>
    </message>
    <message>
        <source>The key exists at App Store Connect, but the system keychain did not take its private key: %1</source>
        <translation>Der Schlüssel existiert in App Store Connect, aber der Schlüsselbund des Systems hat seinen privaten Schlüssel nicht angenommen: %1</translation>
    </message>
    <message>
        <source>The private key could not be saved to %1: %2</source>
        <translation>Der private Schlüssel konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Save Private Key</source>
        <translation>Privaten Schlüssel speichern</translation>
    </message>
    <message>
        <source>PEM private keys (*.pem);;All files (*)</source>
        <translation>Private PEM-Schlüssel (*.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Discard the private key</source>
        <translation>Privaten Schlüssel verwerfen</translation>
    </message>
    <message>
        <source>Without it, the key at App Store Connect cannot be used.</source>
        <translation>Ohne ihn kann der Schlüssel bei App Store Connect nicht verwendet werden.</translation>
    </message>
</context>
<context>
    <name>AltDist::KeySourcePage</name>
    <message>
        <source>&amp;Generate a P-256 key pair here</source>
        <translation>Hier ein P-256-Schlüsselpaar &amp;erzeugen</translation>
    </message>
    <message>
        <source>&amp;Import a public key (PEM)</source>
        <translation>Öffentlichen Schlüssel (PEM) &amp;importieren</translation>
    </message>
    <message>
        <source>Also save the private key to a file…</source>
        <translation>Privaten Schlüssel zusätzlich in Datei speichern…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>A generated key&apos;s private half is kept in the system keychain under the new key&apos;s ID. An imported key&apos;s private half stays wherever you keep it.</source>
        <translation>Die private Hälfte eines erzeugten Schlüssels kommt unter seiner neuen ID in den Schlüsselbund des Systems; die eines importierten verwahren Sie selbst.</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Datei für privaten Schlüssel</translation>
    </message>
    <message>
        <source>/path/to/web-distribution-key.pem</source>
        <translation>/pfad/zu/web-distribution-key.pem</translation>
    </message>
    <message>
        <source>Public key PEM</source>
        <translation>Öffentlicher Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>Choose the file the private key is saved to.</source>
        <translation>Wählen Sie die Datei, in der der private Schlüssel gespeichert wird.</translation>
    </message>
    <message>
        <source>%1 already exists; AltDist does not overwrite private key files. Choose a new file name.</source>
        <translation>%1 existiert bereits; AltDist überschreibt keine Dateien mit privaten Schlüsseln. Wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The private key is saved with permissions for you alone (0600).</source>
        <translation>Der private Schlüssel wird mit Zugriffsrechten nur für Sie gespeichert (0600).</translation>
    </message>
    <message>
        <source>A valid EC P-256 public key.</source>
        <translation>Ein gültiger öffentlicher EC-P-256-Schlüssel.</translation>
    </message>
    <message>
        <source>Save Private Key</source>
        <translation>Privaten Schlüssel speichern</translation>
    </message>
    <message>
        <source>PEM private keys (*.pem);;All files (*)</source>
        <translation>Private PEM-Schlüssel (*.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose Public Key</source>
        <translation>Öffentlichen Schlüssel auswählen</translation>
    </message>
    <message>
        <source>PEM public keys (*.pem *.pub);;All files (*)</source>
        <translation>Öffentliche PEM-Schlüssel (*.pem *.pub);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is too large to be a public key.</source>
        <translation>%1 ist zu groß für einen öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>AltDist::KeysModel</name>
    <message>
        <source>App-specific</source>
        <translation>App-spezifisch</translation>
    </message>
    <message>
        <source>Account-wide</source>
        <translation>Accountweit</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
</context>
<context>
    <name>AltDist::KeysPage</name>
    <message>
        <source>Create key…</source>
        <translation>Schlüssel erstellen…</translation>
    </message>
    <message>
        <source>Generate or import a web-distribution key</source>
        <translation>Einen Web-Vertriebsschlüssel erzeugen oder importieren</translation>
    </message>
    <message>
        <source>No web-distribution keys yet – Create key…</source>
        <translation>Noch keine Web-Vertriebsschlüssel – Schlüssel erstellen…</translation>
    </message>
    <message>
        <source>Web-distribution keys</source>
        <translation>Web-Vertriebsschlüssel</translation>
    </message>
    <message>
        <source>A private key stored for it on this computer is removed from the keychain too.</source>
        <translation>Ein auf diesem Computer dafür gespeicherter privater Schlüssel wird ebenfalls aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Delete the account-wide web-distribution key %1? Apps that rely on it can no longer be installed from the web with it.</source>
        <translation>Den accountweiten Web-Vertriebsschlüssel %1 löschen? Apps, die ihn verwenden, können damit nicht mehr aus dem Web installiert werden.</translation>
    </message>
    <message>
        <source>Delete the web-distribution key %1? It belongs to an app that could not be determined; that app can no longer be installed from the web with it.</source>
        <translation>Den Web-Vertriebsschlüssel %1 löschen? Er gehört zu einer App, die nicht ermittelt werden konnte; diese App kann damit nicht mehr aus dem Web installiert werden.</translation>
    </message>
    <message>
        <source>app ID %1</source>
        <translation>App-ID %1</translation>
    </message>
    <message>
        <source>“%1” (app ID %2)</source>
        <translation>„%1“ (App-ID %2)</translation>
    </message>
    <message>
        <source>Delete the web-distribution key %1 of %2? The app can no longer be installed from the web with it.</source>
        <translation>Den Web-Vertriebsschlüssel %1 von %2 löschen? Die App kann damit nicht mehr aus dem Web installiert werden.</translation>
    </message>
</context>
<context>
    <name>AltDist::ListPane</name>
    <message>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show only rows containing this text (among those loaded)</source>
        <translation>Nur Zeilen mit diesem Text anzeigen (unter den geladenen)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Reload the list (F5)</source>
        <translation>Die Liste neu laden (F5)</translation>
    </message>
</context>
<context>
    <name>AltDist::ListStatusRows</name>
    <message>
        <source>Nothing here yet</source>
        <translation>Noch nichts vorhanden</translation>
    </message>
    <message>
        <source>Nothing loaded matches “%1”</source>
        <translation>Kein geladener Eintrag passt zu „%1“</translation>
    </message>
</context>
<context>
    <name>AltDist::MainWindow</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>Account &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Aktionen</translation>
    </message>
    <message>
        <source>Add &amp;Domain…</source>
        <translation>&amp;Domain hinzufügen…</translation>
    </message>
    <message>
        <source>Create &amp;Key…</source>
        <translation>&amp;Schlüssel erstellen…</translation>
    </message>
    <message>
        <source>Create &amp;Package…</source>
        <translation>&amp;Paket erstellen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the list shown (F5)</source>
        <translation>Die angezeigte Liste neu laden (F5)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Domains</source>
        <translation>&amp;Domains</translation>
    </message>
    <message>
        <source>Web-distribution &amp;Keys</source>
        <translation>Web-Vertriebs&amp;schlüssel</translation>
    </message>
    <message>
        <source>&amp;Apps</source>
        <translation>&amp;Apps</translation>
    </message>
    <message>
        <source>Request &amp;Log</source>
        <translation>Anfrage&amp;protokoll</translation>
    </message>
    <message>
        <source>Every request sent to App Store Connect (Ctrl+L)</source>
        <translation>Jede an App Store Connect gesendete Anfrage (Strg+L)</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>Do&amp;wnloads</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About AltDist</source>
        <translation>Über &amp;AltDist</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About AltDist</source>
        <translation>Über AltDist</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AltDist %1&lt;/h3&gt;&lt;p&gt;A desktop tool for App Store Connect alternative distribution: web-distribution domains and keys, packages of your apps, their versions, variants and deltas.&lt;/p&gt;&lt;p&gt;API keys are kept in your system keychain; nothing secret is written to settings or logs.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AltDist %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Werkzeug für den alternativen Vertrieb in App Store Connect: Domains und Schlüssel für den Web-Vertrieb, Pakete Ihrer Apps, deren Versionen, Varianten und Deltas.&lt;/p&gt;&lt;p&gt;API-Schlüssel werden im Schlüsselbund Ihres Systems aufbewahrt; nichts Geheimes wird in Einstellungen oder Protokolle geschrieben.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Remove Account</source>
        <translation>Account &amp;entfernen</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
</context>
<context>
    <name>AltDist::PackageAppPage</name>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Choose the app whose App Store version gets an alternative distribution package.</source>
        <translation>Wählen Sie die App, deren App Store-Version ein Paket für den alternativen Vertrieb erhält.</translation>
    </message>
    <message>
        <source>Filter apps by name or bundle ID</source>
        <translation>Apps nach Name oder Bundle-ID filtern</translation>
    </message>
    <message>
        <source>Filter apps</source>
        <translation>Apps filtern</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Loading apps…</source>
        <translation>Apps werden geladen…</translation>
    </message>
    <message>
        <source>App ID %1</source>
        <translation>App-ID %1</translation>
    </message>
    <message>
        <source>This account has no apps yet.</source>
        <translation>Dieser Account hat noch keine Apps.</translation>
    </message>
</context>
<context>
    <name>AltDist::PackageAssetModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <source>URL expires</source>
        <translation>URL-Ablauf</translation>
    </message>
    <message>
        <source>Key blob</source>
        <translation>Schlüssel-Blob</translation>
    </message>
</context>
<context>
    <name>AltDist::PackageDonePage</name>
    <message>
        <source>Package ID</source>
        <translation>Paket-ID</translation>
    </message>
    <message>
        <source>Package Created</source>
        <translation>Paket erstellt</translation>
    </message>
    <message>
        <source>App Store Connect now prepares the package&apos;s versions; they appear under the package.</source>
        <translation>App Store Connect bereitet jetzt die Versionen des Pakets vor; sie erscheinen unter dem Paket.</translation>
    </message>
    <message>
        <source>Package ID:</source>
        <translation>Paket-ID:</translation>
    </message>
    <message>
        <source>the app</source>
        <translation>die App</translation>
    </message>
    <message>
        <source>Created the alternative distribution package for %1 %2.</source>
        <translation>Für %1 %2 wurde das Paket für den alternativen Vertrieb erstellt.</translation>
    </message>
</context>
<context>
    <name>AltDist::PackageManifest</name>
    <message>
        <source>The package&apos;s manifest.json is not usable: %1</source>
        <translation>Die manifest.json des Pakets ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>%1 has no publicId.</source>
        <translation>%1 hat keine publicId.</translation>
    </message>
    <message>
        <source>%1 has the assetPath &quot;%2&quot;, which is not a plain relative path inside the hosting directory.</source>
        <translation>%1 hat den assetPath „%2“, der kein einfacher relativer Pfad innerhalb des Hosting-Verzeichnisses ist.</translation>
    </message>
    <message>
        <source>%1 has a sha256 that is not 64 hex digits.</source>
        <translation>%1 hat einen sha256-Wert, der nicht aus 64 Hexadezimalziffern besteht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an array.</source>
        <translation>„%1“ ist kein Array.</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>sie ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>it names no variant.</source>
        <translation>sie nennt keine Variante.</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; is named twice.</source>
        <translation>der Pfad „%1“ wird zweimal genannt.</translation>
    </message>
</context>
<context>
    <name>AltDist::PackageVersionPage</name>
    <message>
        <source>Go to Package</source>
        <translation>Zum Paket</translation>
    </message>
    <message>
        <source>App Store Version</source>
        <translation>App Store-Version</translation>
    </message>
    <message>
        <source>App Store versions</source>
        <translation>App Store-Versionen</translation>
    </message>
    <message>
        <source>Choose the App Store version the package is for. Only eligible versions can be chosen.</source>
        <translation>Wählen Sie die App Store-Version, für die das Paket bestimmt ist. Nur berechtigte Versionen sind wählbar.</translation>
    </message>
    <message>
        <source>Choose the version of %1 the package is for. Only eligible versions can be chosen.</source>
        <translation>Wählen Sie die Version von %1, für die das Paket bestimmt ist. Nur berechtigte Versionen sind wählbar.</translation>
    </message>
    <message>
        <source>Loading App Store versions…</source>
        <translation>App Store-Versionen werden geladen…</translation>
    </message>
    <message>
        <source>Not connected: open an account or the sandbox first.</source>
        <translation>Nicht verbunden: Öffnen Sie zuerst einen Account oder die Sandbox.</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>A package can be created for this version.</source>
        <translation>Für diese Version kann ein Paket erstellt werden.</translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation>Nicht berechtigt: %1</translation>
    </message>
    <message>
        <source>This app has no App Store versions yet.</source>
        <translation>Diese App hat noch keine App Store-Versionen.</translation>
    </message>
    <message>
        <source>Checking whether the version already has a package…</source>
        <translation>Es wird geprüft, ob die Version bereits ein Paket hat…</translation>
    </message>
    <message>
        <source>This version has no package yet. Click Create Package to create it.</source>
        <translation>Diese Version hat noch kein Paket. Klicken Sie auf „Paket erstellen“, um es zu erstellen.</translation>
    </message>
    <message>
        <source>This version already has a package (ID %1).</source>
        <translation>Diese Version hat bereits ein Paket (ID %1).</translation>
    </message>
    <message>
        <source>Creating the package…</source>
        <translation>Das Paket wird erstellt…</translation>
    </message>
</context>
<context>
    <name>AltDist::PackageVersionsModel</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <source>URL expires</source>
        <translation>URL-Ablauf</translation>
    </message>
</context>
<context>
    <name>AltDist::PackageView</name>
    <message>
        <source>Create package…</source>
        <translation>Paket erstellen…</translation>
    </message>
    <message>
        <source>This package has no versions yet.</source>
        <translation>Dieses Paket hat noch keine Versionen.</translation>
    </message>
    <message>
        <source>Package versions</source>
        <translation>Paketversionen</translation>
    </message>
    <message>
        <source>Looking up the package…</source>
        <translation>Das Paket wird gesucht…</translation>
    </message>
    <message>
        <source>The package could not be looked up.</source>
        <translation>Das Paket konnte nicht abgefragt werden.</translation>
    </message>
    <message>
        <source>Package ID</source>
        <translation>Paket-ID</translation>
    </message>
    <message>
        <source>Source checksum (%1)</source>
        <translation>Quellprüfsumme (%1)</translation>
    </message>
    <message>
        <source>Composite checksum (%1)</source>
        <translation>Gesamtprüfsumme (%1)</translation>
    </message>
    <message>
        <source>No package yet. Create one to distribute this version outside the App Store.</source>
        <translation>Noch kein Paket. Erstellen Sie eines, um diese Version außerhalb des App Store zu vertreiben.</translation>
    </message>
    <message>
        <source>No package yet. A package cannot be created for this version: %1</source>
        <translation>Noch kein Paket. Für diese Version kann kein Paket erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>AltDist::PackageZipReader</name>
    <message>
        <source>The package zip cannot be used: %1</source>
        <translation>Das Paket-ZIP kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>the size of %1 is unknown.</source>
        <translation>die Größe von %1 ist unbekannt.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 allowed.</source>
        <translation>%1 ist %2 Bytes groß, mehr als die erlaubten %3.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read (damaged archive).</source>
        <translation>%1 kann nicht gelesen werden (beschädigtes Archiv).</translation>
    </message>
    <message>
        <source>%1 is not the size the archive declares.</source>
        <translation>%1 hat nicht die im Archiv angegebene Größe.</translation>
    </message>
    <message>
        <source>it has %1 entries, more than the %2 allowed.</source>
        <translation>es hat %1 Einträge, mehr als die erlaubten %2.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; points outside the folder it would be extracted into.</source>
        <translation>der Eintrag „%1“ zeigt aus dem Ordner heraus, in den er entpackt würde.</translation>
    </message>
    <message>
        <source>it holds %1 twice.</source>
        <translation>es enthält %1 zweimal.</translation>
    </message>
    <message>
        <source>it has no %1.</source>
        <translation>es enthält kein %1.</translation>
    </message>
</context>
<context>
    <name>AltDist::Page</name>
    <message>
        <source>The server&apos;s pages link back to a page already read (%1).</source>
        <translation>Die Seiten des Servers verweisen zurück auf eine bereits gelesene Seite (%1).</translation>
    </message>
</context>
<context>
    <name>AltDist::PagedModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not load this list.</source>
        <translation>Diese Liste konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not load: %1 %2</source>
        <extracomment>%1: what failed, e.g. &quot;App Store Connect refused the request (HTTP 500).&quot;; %2: the API&apos;s error titles</extracomment>
        <translation>Laden fehlgeschlagen: %1 %2</translation>
    </message>
</context>
<context>
    <name>AltDist::PartFile</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not open the partial download</source>
        <translation>Der teilweise Download konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not read the partial download</source>
        <translation>Der teilweise Download konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not write the download</source>
        <translation>Der Download konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Could not empty the partial download</source>
        <translation>Der teilweise Download konnte nicht geleert werden</translation>
    </message>
    <message>
        <source>Could not move the download into place as %1: %2</source>
        <translation>Der Download konnte nicht als %1 an seinen Zielort verschoben werden: %2</translation>
    </message>
</context>
<context>
    <name>AltDist::PemKey</name>
    <message>
        <source>(unrecognised)</source>
        <translation>(nicht erkannt)</translation>
    </message>
    <message>
        <source>This is not a PEM key: there is no &quot;-----BEGIN ...-----&quot; line.</source>
        <translation>Dies ist kein PEM-Schlüssel: Es fehlt die Zeile „-----BEGIN ...-----“.</translation>
    </message>
    <message>
        <source>The key is damaged: its &quot;-----BEGIN&quot; line is malformed.</source>
        <translation>Der Schlüssel ist beschädigt: Seine „-----BEGIN“-Zeile ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The key is truncated: its &quot;-----END&quot; line is missing.</source>
        <translation>Der Schlüssel ist unvollständig: Seine „-----END“-Zeile fehlt.</translation>
    </message>
    <message>
        <source>The key is empty.</source>
        <translation>Der Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>This is a key of type %1; an EC key on the P-256 curve is needed.</source>
        <translation>Dies ist ein Schlüssel vom Typ %1; benötigt wird ein EC-Schlüssel auf der Kurve P-256.</translation>
    </message>
    <message>
        <source>The key is encrypted with a password; an unencrypted PKCS#8 key (&quot;-----BEGIN PRIVATE KEY-----&quot;) is needed.</source>
        <translation>Der Schlüssel ist mit einem Passwort verschlüsselt; benötigt wird ein unverschlüsselter PKCS#8-Schlüssel („-----BEGIN PRIVATE KEY-----“).</translation>
    </message>
    <message>
        <source>This is a public key; the private key is needed (&quot;-----BEGIN PRIVATE KEY-----&quot;).</source>
        <translation>Dies ist ein öffentlicher Schlüssel; benötigt wird der private Schlüssel („-----BEGIN PRIVATE KEY-----“).</translation>
    </message>
    <message>
        <source>This is a certificate, not a private key.</source>
        <translation>Dies ist ein Zertifikat, kein privater Schlüssel.</translation>
    </message>
    <message>
        <source>The PEM block &quot;%1&quot; does not hold a private key.</source>
        <translation>Der PEM-Block „%1“ enthält keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>This is a private key. Give only the public key (&quot;-----BEGIN PUBLIC KEY-----&quot;); never hand out the private key.</source>
        <translation>Dies ist ein privater Schlüssel. Geben Sie nur den öffentlichen Schlüssel an („-----BEGIN PUBLIC KEY-----“); geben Sie den privaten Schlüssel niemals weiter.</translation>
    </message>
    <message>
        <source>This is a certificate, not a public key.</source>
        <translation>Dies ist ein Zertifikat, kein öffentlicher Schlüssel.</translation>
    </message>
    <message>
        <source>The PEM block &quot;%1&quot; does not hold a public key.</source>
        <translation>Der PEM-Block „%1“ enthält keinen öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>The key uses explicit curve parameters; the named curve P-256 is needed.</source>
        <translation>Der Schlüssel verwendet explizite Kurvenparameter; benötigt wird die benannte Kurve P-256.</translation>
    </message>
    <message>
        <source>The key uses the curve %1; the curve P-256 (prime256v1) is needed.</source>
        <translation>Der Schlüssel verwendet die Kurve %1; benötigt wird die Kurve P-256 (prime256v1).</translation>
    </message>
    <message>
        <source>The key is damaged: the text between its BEGIN and END lines is not valid base64.</source>
        <translation>Der Schlüssel ist beschädigt: Der Text zwischen den Zeilen BEGIN und END ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The key is damaged: its content is not a valid key encoding.</source>
        <translation>Der Schlüssel ist beschädigt: Sein Inhalt ist keine gültige Schlüsselcodierung.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The key is damaged: its values do not form a valid P-256 key.</source>
        <translation>Der Schlüssel ist beschädigt: Seine Werte ergeben keinen gültigen P-256-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>AltDist::RequestLogModel</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Rate limit remaining</source>
        <translation>Verbleibendes Limit</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>AltDist::RequestLogWindow</name>
    <message>
        <source>Request Log — AltDist</source>
        <translation>Anfrageprotokoll — AltDist</translation>
    </message>
    <message>
        <source>Filter by path, method, status or error</source>
        <translation>Nach Pfad, Methode, Status oder Fehler filtern</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Anfragen filtern</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every entry from the log</source>
        <translation>Alle Einträge aus dem Protokoll entfernen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Requests: %1</source>
        <translation>Anfragen: %1</translation>
    </message>
    <message>
        <source>Requests shown: %1 of %2</source>
        <translation>Angezeigte Anfragen: %1 von %2</translation>
    </message>
</context>
<context>
    <name>AltDist::ResourceFields</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Web-distribution key</source>
        <translation>Web-Vertriebsschlüssel</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>App Store version</source>
        <translation>App Store-Version</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Package version</source>
        <translation>Paketversion</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Delta</source>
        <translation>Delta</translation>
    </message>
    <message>
        <source>Package version %1</source>
        <translation>Paketversion %1</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation>kein Ablaufdatum</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>läuft in %1 ab</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Reference name</source>
        <translation>Referenzname</translation>
    </message>
    <message>
        <source>Created date</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Bundle ID</source>
        <translation>Bundle-ID</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Primary locale</source>
        <translation>Primäre Sprache</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Version string</source>
        <translation>Versionsnummer</translation>
    </message>
    <message>
        <source>App Store state</source>
        <translation>App Store-Status</translation>
    </message>
    <message>
        <source>App version state</source>
        <translation>App-Versionsstatus</translation>
    </message>
    <message>
        <source>Review type</source>
        <translation>Prüfungsart</translation>
    </message>
    <message>
        <source>Source file checksum</source>
        <translation>Quelldateiprüfsumme</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>composite</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>URL expiration date</source>
        <translation>URL-Ablaufdatum</translation>
    </message>
    <message>
        <source>File checksum</source>
        <translation>Dateiprüfsumme</translation>
    </message>
    <message>
        <source>Alternative distribution key blob</source>
        <translation>Schlüssel-Blob für den alternativen Vertrieb</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>app</source>
        <translation>App</translation>
    </message>
</context>
<context>
    <name>AltDist::ResourceLabels</name>
    <message>
        <source>iOS</source>
        <translation>iOS</translation>
    </message>
    <message>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <source>tvOS</source>
        <translation>tvOS</translation>
    </message>
    <message>
        <source>visionOS</source>
        <translation>visionOS</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Developer Rejected</source>
        <translation>Vom Entwickler abgelehnt</translation>
    </message>
    <message>
        <source>Developer Removed from Sale</source>
        <translation>Vom Entwickler aus dem Verkauf entfernt</translation>
    </message>
    <message>
        <source>In Review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Invalid Binary</source>
        <translation>Ungültige Binärdatei</translation>
    </message>
    <message>
        <source>Metadata Rejected</source>
        <translation>Metadaten abgelehnt</translation>
    </message>
    <message>
        <source>Not Applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Pending Apple Release</source>
        <translation>Ausstehende Apple-Freigabe</translation>
    </message>
    <message>
        <source>Pending Contract</source>
        <translation>Vertrag ausstehend</translation>
    </message>
    <message>
        <source>Pending Developer Release</source>
        <translation>Ausstehende Entwicklerfreigabe</translation>
    </message>
    <message>
        <source>Pre-Order Ready for Sale</source>
        <translation>Vorbestellung bereit für den Verkauf</translation>
    </message>
    <message>
        <source>Prepare for Submission</source>
        <translation>Für die Einreichung vorbereiten</translation>
    </message>
    <message>
        <source>Processing for App Store</source>
        <translation>Verarbeitung für den App Store</translation>
    </message>
    <message>
        <source>Processing for Distribution</source>
        <translation>Verarbeitung für den Vertrieb</translation>
    </message>
    <message>
        <source>Ready for Distribution</source>
        <translation>Bereit für den Vertrieb</translation>
    </message>
    <message>
        <source>Ready for Review</source>
        <translation>Bereit zur Prüfung</translation>
    </message>
    <message>
        <source>Ready for Sale</source>
        <translation>Bereit für den Verkauf</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Removed from Sale</source>
        <translation>Aus dem Verkauf entfernt</translation>
    </message>
    <message>
        <source>Replaced with New Version</source>
        <translation>Durch neue Version ersetzt</translation>
    </message>
    <message>
        <source>Waiting for Export Compliance</source>
        <translation>Warten auf Exportkonformität</translation>
    </message>
    <message>
        <source>Waiting for Review</source>
        <translation>Warten auf Prüfung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>AltDist::ResourceModel</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>AltDist::ResourcePage</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>AltDist::Resources</name>
    <message>
        <source>No resource id was given.</source>
        <translation>Es wurde keine Ressourcen-ID angegeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid resource id: ids consist of letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>„%1“ ist keine gültige Ressourcen-ID: IDs bestehen aus Buchstaben, Ziffern, „.“, „_“ und „-“.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1, not %2.</source>
        <translation>Die Seitengröße muss zwischen 1 und %1 liegen, nicht %2.</translation>
    </message>
</context>
<context>
    <name>AltDist::SandboxBanner</name>
    <message>
        <source>Sandbox — a local stand-in for App Store Connect. Nothing you do here reaches Apple.</source>
        <translation>Sandbox – ein lokaler Ersatz für App Store Connect. Nichts, was Sie hier tun, erreicht Apple.</translation>
    </message>
    <message>
        <source>Sandbox notice</source>
        <translation>Sandbox-Hinweis</translation>
    </message>
</context>
<context>
    <name>AltDist::SecretStore</name>
    <message>
        <source>No key is stored in the keychain for this account.</source>
        <translation>Im Schlüsselbund ist für diesen Account kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>The keychain refused access; unlock it and try again. Details: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert. Entsperren Sie ihn und versuchen Sie es erneut. Details: %1</translation>
    </message>
    <message>
        <source>The keychain could not delete the key. Details: %1</source>
        <translation>Der Schlüsselbund konnte den Schlüssel nicht löschen. Details: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>No keychain entry name was given.</source>
        <translation>Es wurde kein Name für den Schlüsselbundeintrag angegeben.</translation>
    </message>
    <message>
        <source>No keychain is available (Secret Service / KWallet / macOS Keychain); AltDist never stores keys in plain files.</source>
        <translation>Es ist kein Schlüsselbund verfügbar (Secret Service / KWallet / macOS-Schlüsselbund); AltDist speichert Schlüssel niemals in unverschlüsselten Dateien.</translation>
    </message>
</context>
<context>
    <name>AltDist::StatusIndicators</name>
    <message>
        <source>Requests under way</source>
        <translation>Laufende Anfragen</translation>
    </message>
    <message>
        <source>App Store Connect allows a fixed number of requests per hour (from the X-Rate-Limit header of the latest answer).</source>
        <translation>App Store Connect erlaubt eine feste Anzahl Anfragen pro Stunde (laut X-Rate-Limit-Header der letzten Antwort).</translation>
    </message>
    <message>
        <source>Rate limit: not known yet</source>
        <translation>Anfragelimit: noch unbekannt</translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 left this hour</source>
        <translation>Anfragelimit: noch %1 von %2 in dieser Stunde</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connected to the sandbox at %1</source>
        <translation>Verbunden mit der Sandbox unter %1</translation>
    </message>
    <message>
        <source>Connected as “%1” to %2</source>
        <translation>Als „%1“ verbunden mit %2</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Requests under way: %1</source>
        <translation>Laufende Anfragen: %1</translation>
    </message>
</context>
<context>
    <name>AltDist::StatusRowWidget</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>AltDist::UrlPolicy</name>
    <message>
        <source>The API base URL &quot;%1&quot; is not a valid absolute URL.</source>
        <translation>Die API-Basis-URL „%1“ ist keine gültige absolute URL.</translation>
    </message>
    <message>
        <source>The API base URL must use https:// (got &quot;%1://&quot;).</source>
        <translation>Die API-Basis-URL muss https:// verwenden (erhalten: „%1://“).</translation>
    </message>
    <message>
        <source>The API base URL may use plain http:// only for this computer (loopback), not for &quot;%1&quot;.</source>
        <translation>Die API-Basis-URL darf einfaches http:// nur für diesen Computer (Loopback) verwenden, nicht für „%1“.</translation>
    </message>
    <message>
        <source>The API base URL must not contain a user name or password.</source>
        <translation>Die API-Basis-URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The API base URL must not contain a query or fragment.</source>
        <translation>Die API-Basis-URL darf keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>The API base URL must not contain a path (got &quot;%1&quot;).</source>
        <translation>Die API-Basis-URL darf keinen Pfad enthalten (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>The server sent an invalid link to the next page.</source>
        <translation>Der Server hat einen ungültigen Link zur nächsten Seite gesendet.</translation>
    </message>
    <message>
        <source>Refused to follow a link to the next page on another server (%1); the API&apos;s credentials are only sent to %2.</source>
        <translation>Einem Link zur nächsten Seite auf einem anderen Server (%1) wird nicht gefolgt; die Anmeldedaten der API werden nur an %2 gesendet.</translation>
    </message>
    <message>
        <source>Refused to follow a link to the next page that contains user info.</source>
        <translation>Einem Link zur nächsten Seite, der Benutzerdaten enthält, wird nicht gefolgt.</translation>
    </message>
</context>
<context>
    <name>AltDist::WelcomePage</name>
    <message>
        <source>Welcome to AltDist</source>
        <translation>Willkommen bei AltDist</translation>
    </message>
    <message>
        <source>Manage alternative distribution on App Store Connect: domains, web-distribution keys, and the packages of your apps.</source>
        <translation>Verwalten Sie den alternativen Vertrieb in App Store Connect: Domains, Web-Vertriebsschlüssel und die Pakete Ihrer Apps.</translation>
    </message>
    <message>
        <source>Add App Store Connect key…</source>
        <translation>App Store Connect-Schlüssel hinzufügen…</translation>
    </message>
    <message>
        <source>Use an API key (.p8) from App Store Connect › Users and Access › Integrations. The private key is kept in your system keychain.</source>
        <translation>Verwenden Sie einen API-Schlüssel (.p8) aus App Store Connect › Benutzer und Zugriff › Integrationen. Der private Schlüssel wird im Schlüsselbund Ihres Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Explore the sandbox</source>
        <translation>Sandbox erkunden</translation>
    </message>
    <message>
        <source>Try everything against a built-in stand-in for App Store Connect with sample apps. Nothing you do there reaches Apple.</source>
        <translation>Probieren Sie alles an einem integrierten Ersatz für App Store Connect mit Beispiel-Apps aus. Nichts, was Sie dort tun, erreicht Apple.</translation>
    </message>
    <message>
        <source>Or choose one of your accounts in the toolbar.</source>
        <translation>Oder wählen Sie einen Ihrer Accounts in der Werkzeugleiste.</translation>
    </message>
</context>
<context>
    <name>AltDist::Wizards</name>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AltDist::WorkArea</name>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Web-distribution domains (Ctrl+1)</source>
        <translation>Domains für den Web-Vertrieb (Strg+1)</translation>
    </message>
    <message>
        <source>Web-distribution keys</source>
        <translation>Web-Vertriebsschlüssel</translation>
    </message>
    <message>
        <source>Keys that sign web-distribution packages (Ctrl+2)</source>
        <translation>Schlüssel, die Pakete für den Web-Vertrieb signieren (Strg+2)</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Apps, their App Store versions and packages (Ctrl+3)</source>
        <translation>Apps, ihre App Store-Versionen und Pakete (Strg+3)</translation>
    </message>
</context>
<context>
    <name>AltDist::Workspace</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>AltDist Cannot Start</source>
        <translation>AltDist kann nicht starten</translation>
    </message>
</context>
</TS>
