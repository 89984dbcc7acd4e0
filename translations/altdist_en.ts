<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AltDist::AccountTestPage</name>
    <message numerus="yes">
        <source>The key works: App Store Connect answered and lists %n app(s).</source>
        <translation>
            <numerusform>The key works: App Store Connect answered and lists %n app.</numerusform>
            <numerusform>The key works: App Store Connect answered and lists %n apps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AltDist::ApiClient</name>
    <message numerus="yes">
        <source>Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>Gave up after %n attempt.</numerusform>
            <numerusform>Gave up after %n attempts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AltDist::ApiKey</name>
    <message numerus="yes">
        <source>The issuer ID has %n characters; it should have 36, like 57246542-96fe-1a63-e053-0824d011072a.</source>
        <translation>
            <numerusform>The issuer ID has %n character; it should have 36, like 57246542-96fe-1a63-e053-0824d011072a.</numerusform>
            <numerusform>The issuer ID has %n characters; it should have 36, like 57246542-96fe-1a63-e053-0824d011072a.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key ID has %n characters; it should have 10.</source>
        <translation>
            <numerusform>The key ID has %n character; it should have 10.</numerusform>
            <numerusform>The key ID has %n characters; it should have 10.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::LayoutCommand</name>
    <message numerus="yes">
        <source>Laid out %n file(s) in %1, each verified (SHA-256 above).</source>
        <translation>
            <numerusform>Laid out %n file in %1, each verified (SHA-256 above).</numerusform>
            <numerusform>Laid out %n files in %1, each verified (SHA-256 above).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AltDist::Cli::ProgressBar</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AltDist::DownloadsModel</name>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n downloading</source>
        <translation>
            <numerusform>%n downloading</numerusform>
            <numerusform>%n downloading</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verified</source>
        <translation>
            <numerusform>%n verified</numerusform>
            <numerusform>%n verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
</TS>