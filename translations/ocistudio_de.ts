<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Autosaver</name>
    <message>
        <source>%1: cannot create the folder for recovery files.</source>
        <translation>%1: Der Ordner für Wiederherstellungsdateien kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1: cannot lock the recovery file.</source>
        <translation>%1: Die Wiederherstellungsdatei kann nicht gesperrt werden.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ChecklistField</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Other name…</source>
        <translation>Anderer Name …</translation>
    </message>
    <message>
        <source>None checked.</source>
        <translation>Nichts ausgewählt.</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>ContainerForm</name>
    <message>
        <source>Container %1</source>
        <translation>Container %1</translation>
    </message>
    <message>
        <source>(created, not running: Docker refuses to join it)</source>
        <translation>(erstellt, läuft nicht: Docker verweigert den Beitritt)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Einstiegspunkt</translation>
    </message>
    <message>
        <source>the image&apos;s</source>
        <translation>die des Images</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>root (user[:group], name or ID)</source>
        <translation>root (benutzer[:gruppe], Name oder ID)</translation>
    </message>
    <message>
        <source>Additional groups</source>
        <translation>Zusätzliche Gruppen</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>NAME=value</source>
        <translation>NAME=Wert</translation>
    </message>
    <message>
        <source>Allocate a terminal (Tty)</source>
        <translation>Ein Terminal zuweisen (Tty)</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Container name</source>
        <translation>Container-Name</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>the first 12 digits of the ID</source>
        <translation>die ersten 12 Ziffern der ID</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>Domänenname</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>Namespaces</translation>
    </message>
    <message>
        <source>Suggestions include the containers the engine knows (Engine tab).</source>
        <translation>Die Vorschläge enthalten die Container, die die Engine kennt (Reiter „Engine“).</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>bridge (default)</source>
        <translation>bridge (Standard)</translation>
    </message>
    <message>
        <source>IPC</source>
        <translation>IPC</translation>
    </message>
    <message>
        <source>the daemon&apos;s default (private)</source>
        <translation>die Vorgabe des Daemons (private)</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>private</source>
        <translation>private</translation>
    </message>
    <message>
        <source>UTS</source>
        <translation>UTS</translation>
    </message>
    <message>
        <source>Cgroup</source>
        <translation>Cgroup</translation>
    </message>
    <message>
        <source>the daemon&apos;s (remapped if set)</source>
        <translation>die des Daemons (umgemappt, falls gesetzt)</translation>
    </message>
    <message>
        <source>No network at all (NetworkDisabled)</source>
        <translation>Gar kein Netzwerk (NetworkDisabled)</translation>
    </message>
    <message>
        <source>Privileges and capabilities</source>
        <translation>Privilegien und Capabilities</translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation>Privilegiert</translation>
    </message>
    <message>
        <source>Add capabilities</source>
        <translation>Capabilities hinzufügen</translation>
    </message>
    <message>
        <source>Drop capabilities</source>
        <translation>Capabilities entziehen</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Binds</source>
        <translation>Binds</translation>
    </message>
    <message>
        <source>SOURCE:DEST[:OPTIONS]</source>
        <translation>QUELLE:ZIEL[:OPTIONEN]</translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation>Mounts</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Propagation</source>
        <translation>Propagation</translation>
    </message>
    <message>
        <source>Tmpfs</source>
        <translation>Tmpfs</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Read-only root filesystem</source>
        <translation>Schreibgeschütztes Wurzeldateisystem</translation>
    </message>
    <message>
        <source>/dev/shm size</source>
        <translation>Größe von /dev/shm</translation>
    </message>
    <message>
        <source>the daemon&apos;s (64m)</source>
        <translation>die des Daemons (64m)</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Host path</source>
        <translation>Pfad auf dem Host</translation>
    </message>
    <message>
        <source>Container path</source>
        <translation>Pfad im Container</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Cgroup rules</source>
        <translation>Cgroup-Regeln</translation>
    </message>
    <message>
        <source>TYPE MAJOR:MINOR ACCESS</source>
        <translation>TYP MAJOR:MINOR ZUGRIFF</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Memory + swap</source>
        <translation>Arbeitsspeicher + Swap</translation>
    </message>
    <message>
        <source>twice the memory; -1 unlimited</source>
        <translation>das Doppelte des Arbeitsspeichers; -1 unbegrenzt</translation>
    </message>
    <message>
        <source>Memory reservation</source>
        <translation>Speicherreservierung</translation>
    </message>
    <message>
        <source>Swappiness</source>
        <translation>Swappiness</translation>
    </message>
    <message>
        <source>the kernel&apos;s</source>
        <translation>die des Kernels</translation>
    </message>
    <message>
        <source>OOM killer disabled</source>
        <translation>OOM-Killer abgeschaltet</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>1.5 or nano-CPUs</source>
        <translation>1.5 oder Nano-CPUs</translation>
    </message>
    <message>
        <source>CPU shares</source>
        <translation>CPU-Anteile</translation>
    </message>
    <message>
        <source>CPU period (µs)</source>
        <translation>CPU-Periode (µs)</translation>
    </message>
    <message>
        <source>CPU quota (µs)</source>
        <translation>CPU-Quote (µs)</translation>
    </message>
    <message>
        <source>CPU set</source>
        <translation>CPU-Satz</translation>
    </message>
    <message>
        <source>Memory nodes</source>
        <translation>Speicherknoten</translation>
    </message>
    <message>
        <source>PIDs limit</source>
        <translation>PID-Grenze</translation>
    </message>
    <message>
        <source>unlimited (0 or less too)</source>
        <translation>unbegrenzt (auch 0 oder weniger)</translation>
    </message>
    <message>
        <source>Block IO weight</source>
        <translation>Block-IO-Gewicht</translation>
    </message>
    <message>
        <source>10 to 1000</source>
        <translation>10 bis 1000</translation>
    </message>
    <message>
        <source>Cgroup parent</source>
        <translation>Übergeordnete Cgroup</translation>
    </message>
    <message>
        <source>the daemon&apos;s</source>
        <translation>die des Daemons</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Options: no-new-privileges, seccomp=unconfined or a profile, apparmor=PROFILE, label=user:USER / role / type / level / disable, systempaths=unconfined.</source>
        <translation>Optionen: no-new-privileges, seccomp=unconfined oder ein Profil, apparmor=PROFIL, label=user:BENUTZER / role / type / level / disable, systempaths=unconfined.</translation>
    </message>
    <message>
        <source>Security options</source>
        <translation>Sicherheitsoptionen</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Masked paths</source>
        <translation>Maskierte Pfade</translation>
    </message>
    <message>
        <source>Docker&apos;s defaults; [] for none</source>
        <translation>Dockers Vorgaben; [] für keine</translation>
    </message>
    <message>
        <source>Read-only paths</source>
        <translation>Schreibgeschützte Pfade</translation>
    </message>
    <message>
        <source>Init process</source>
        <translation>Init-Prozess</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Sysctls</source>
        <translation>Sysctls</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Ulimits</source>
        <translation>Ulimits</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>Weich</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Hart</translation>
    </message>
    <message>
        <source>OOM score adjustment</source>
        <translation>OOM-Score-Anpassung</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Anonymous volumes</source>
        <translation>Anonyme Volumes</translation>
    </message>
    <message>
        <source>Realtime period (µs)</source>
        <translation>Echtzeit-Periode (µs)</translation>
    </message>
    <message>
        <source>Realtime runtime (µs)</source>
        <translation>Echtzeit-Laufzeit (µs)</translation>
    </message>
    <message>
        <source>Block IO weight per device</source>
        <translation>Block-IO-Gewicht pro Gerät</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Read limit (bytes/s)</source>
        <translation>Lesegrenze (Bytes/s)</translation>
    </message>
    <message>
        <source>Write limit (bytes/s)</source>
        <translation>Schreibgrenze (Bytes/s)</translation>
    </message>
    <message>
        <source>Read limit (IO/s)</source>
        <translation>Lesegrenze (IO/s)</translation>
    </message>
    <message>
        <source>Write limit (IO/s)</source>
        <translation>Schreibgrenze (IO/s)</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
</context>
<context>
    <name>DiagnosticsProxyModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Input: %1</source>
        <translation>Eingabe: %1</translation>
    </message>
    <message>
        <source>Spec: %1</source>
        <translation>Spezifikation: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>DiffPanel</name>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>What the built spec is compared with</source>
        <translation>Womit die erzeugte Spezifikation verglichen wird</translation>
    </message>
    <message>
        <source>Docker&apos;s default spec</source>
        <translation>Dockers Standardspezifikation</translation>
    </message>
    <message>
        <source>Previous build</source>
        <translation>Vorherige Erzeugung</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Datei …</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>OCI runtime specs (*.json);;All Files (*)</source>
        <translation>OCI-Laufzeitspezifikationen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No previous build yet: edit an input and what it changes in the spec shows here.</source>
        <translation>Noch keine vorherige Erzeugung: ändern Sie eine Eingabe, und was sich dadurch in der Spezifikation ändert, erscheint hier.</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an OCI runtime spec (no ociVersion).</source>
        <translation>%1 ist keine OCI-Laufzeitspezifikation (kein ociVersion).</translation>
    </message>
    <message>
        <source>No spec to compare: the scenario has errors, or Docker refuses it.</source>
        <translation>Keine Spezifikation zum Vergleichen: das Szenario enthält Fehler, oder Docker lehnt es ab.</translation>
    </message>
    <message>
        <source>No differences: the spec equals the baseline.</source>
        <translation>Keine Unterschiede: die Spezifikation gleicht der Vergleichsbasis.</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Unified</source>
        <translation>Einheitlich</translation>
    </message>
    <message>
        <source>Show removed and added lines one below the other</source>
        <translation>Entfernte und hinzugefügte Zeilen untereinander zeigen</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Show the baseline on the left and the built spec on the right</source>
        <translation>Die Vergleichsbasis links und die erzeugte Spezifikation rechts zeigen</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s): </source>
        <translation>
            <numerusform>%n Änderung: </numerusform>
            <numerusform>%n Änderungen: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The document has no file name yet.</source>
        <translation>Das Dokument hat noch keinen Dateinamen.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: the folder %2 does not exist (any more).</source>
        <translation>%1: kann nicht geschrieben werden: Der Ordner %2 existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>%1: cannot write: %2 is not a folder.</source>
        <translation>%1: kann nicht geschrieben werden: %2 ist kein Ordner.</translation>
    </message>
</context>
<context>
    <name>EngineForm</name>
    <message>
        <source>Daemon</source>
        <translation>Daemon</translation>
    </message>
    <message>
        <source>dockerd&apos;s settings this container is created under.</source>
        <translation>Die Einstellungen von dockerd, unter denen dieser Container erstellt wird.</translation>
    </message>
    <message>
        <source>Data root</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <source>Cgroup driver</source>
        <translation>Cgroup-Treiber</translation>
    </message>
    <message>
        <source>Default (cgroupfs)</source>
        <translation>Standard (cgroupfs)</translation>
    </message>
    <message>
        <source>Cgroup version</source>
        <translation>Cgroup-Version</translation>
    </message>
    <message>
        <source>Default (2)</source>
        <translation>Standard (2)</translation>
    </message>
    <message>
        <source>Cgroup parent</source>
        <translation>Übergeordnete Cgroup</translation>
    </message>
    <message>
        <source>Default cgroup namespace</source>
        <translation>Standard-Cgroup-Namespace</translation>
    </message>
    <message>
        <source>Default (private)</source>
        <translation>Standard (private)</translation>
    </message>
    <message>
        <source>Default IPC mode</source>
        <translation>Standard-IPC-Modus</translation>
    </message>
    <message>
        <source>Default /dev/shm size</source>
        <translation>Standardgröße von /dev/shm</translation>
    </message>
    <message>
        <source>No new privileges for every container</source>
        <translation>Keine neuen Privilegien für alle Container</translation>
    </message>
    <message>
        <source>Time namespaces</source>
        <translation>Zeit-Namespaces</translation>
    </message>
    <message>
        <source>Seccomp supported</source>
        <translation>Seccomp unterstützt</translation>
    </message>
    <message>
        <source>Seccomp profile</source>
        <translation>Seccomp-Profil</translation>
    </message>
    <message>
        <source>docker-init path</source>
        <translation>Pfad von docker-init</translation>
    </message>
    <message>
        <source>User namespace remapping</source>
        <translation>User-Namespace-Remapping</translation>
    </message>
    <message>
        <source>Ranges present mean userns-remap is on.</source>
        <translation>Vorhandene Bereiche bedeuten, dass userns-remap an ist.</translation>
    </message>
    <message>
        <source>Container ID</source>
        <translation>Container-ID</translation>
    </message>
    <message>
        <source>Host ID</source>
        <translation>Host-ID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>UID ranges</source>
        <translation>UID-Bereiche</translation>
    </message>
    <message>
        <source>GID ranges</source>
        <translation>GID-Bereiche</translation>
    </message>
    <message>
        <source>Other containers</source>
        <translation>Andere Container</translation>
    </message>
    <message>
        <source>Containers this one may join with container:NAME.</source>
        <translation>Container, denen dieser mit container:NAME beitreten kann.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>IPC mode</source>
        <translation>IPC-Modus</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>The image&apos;s /etc/passwd and /etc/group, for User and GroupAdd.</source>
        <translation>/etc/passwd und /etc/group des Images, für User und GroupAdd.</translation>
    </message>
    <message>
        <source>passwd</source>
        <translation>passwd</translation>
    </message>
    <message>
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>64 hex digits</source>
        <translation>64 Hexadezimalziffern</translation>
    </message>
</context>
<context>
    <name>Examples</name>
    <message>
        <source>New &amp;Plugin (FUSE volume, sshfs)</source>
        <translation>Neues &amp;Plugin (FUSE-Volume, sshfs)</translation>
    </message>
    <message>
        <source>New &amp;Container (nginx)</source>
        <translation>Neuer &amp;Container (nginx)</translation>
    </message>
</context>
<context>
    <name>FieldHelp</name>
    <message>
        <source>Free text for users of the plugin; it does not reach the spec.</source>
        <translation>Freitext für die Benutzer des Plugins; er gelangt nicht in die Spezifikation.</translation>
    </message>
    <message>
        <source>Whether the scenario is a managed plugin (“plugin”) or a container (“container”).</source>
        <translation>Ob das Szenario ein verwaltetes Plugin („plugin“) oder ein Container („container“) ist.</translation>
    </message>
    <message>
        <source>The 64-hex-digit id Docker gives the plugin or container; the rootfs, cgroups, runtime and network-file paths derive from it, and a container&apos;s default hostname is its first 12 digits.</source>
        <translation>Die 64-stellige hexadezimale ID, die Docker dem Plugin oder Container gibt; die Pfade von Rootfs, Cgroups, Laufzeit und Netzwerkdateien leiten sich davon ab, und der Standard-Hostname eines Containers sind ihre ersten 12 Ziffern.</translation>
    </message>
    <message>
        <source>A host profile embedded in the scenario (host.json format); an explicit one (--host) wins, a probe of this machine stands in when there is none.</source>
        <translation>Ein im Szenario eingebettetes Host-Profil (host.json-Format); ein ausdrückliches (--host) hat Vorrang, ohne eines tritt eine Untersuchung dieses Rechners ein.</translation>
    </message>
    <message>
        <source>The app&apos;s own state (baseline, open panels); never part of the build.</source>
        <translation>Der eigene Zustand der Anwendung (Vergleichsbasis, offene Bereiche); nie Teil der Erzeugung.</translation>
    </message>
    <message>
        <source>The plugin&apos;s root filesystem on the host (/var/lib/docker/plugins/&lt;id&gt;/rootfs); it becomes root.path, and the propagated mount comes from its parent folder.</source>
        <translation>Das Wurzeldateisystem des Plugins auf dem Host (/var/lib/docker/plugins/&lt;id&gt;/rootfs); es wird zu root.path, und der propagierte Mount stammt aus seinem übergeordneten Ordner.</translation>
    </message>
    <message>
        <source>The daemon&apos;s plugin exec root; the plugin&apos;s runtime folder &lt;execRoot&gt;/&lt;id&gt; is bind-mounted at /run/docker/plugins.</source>
        <translation>Das Exec-Root des Daemons für Plugins; der Laufzeitordner des Plugins &lt;execRoot&gt;/&lt;id&gt; wird unter /run/docker/plugins per Bind-Mount eingehängt.</translation>
    </message>
    <message>
        <source>`docker plugin set` arguments applied after install, in order: NAME=value, NAME.field=value, args=value.</source>
        <translation>Argumente von `docker plugin set`, nach der Installation der Reihe nach angewendet: NAME=Wert, NAME.Feld=Wert, args=Wert.</translation>
    </message>
    <message>
        <source>The plugin&apos;s config.json as its author wrote it; keys match case-insensitively, as Go decodes them.</source>
        <translation>Die config.json des Plugins, wie ihr Autor sie schrieb; Schlüssel werden ohne Beachtung der Groß-/Kleinschreibung zugeordnet, wie Go sie dekodiert.</translation>
    </message>
    <message>
        <source>Shown by docker plugin ls and inspect; it does not reach the spec.</source>
        <translation>Von docker plugin ls und inspect angezeigt; gelangt nicht in die Spezifikation.</translation>
    </message>
    <message>
        <source>A link to the plugin&apos;s documentation; it does not reach the spec.</source>
        <translation>Ein Link zur Dokumentation des Plugins; gelangt nicht in die Spezifikation.</translation>
    </message>
    <message>
        <source>How Docker talks to the plugin: the socket it creates and the plugin types it implements.</source>
        <translation>Wie Docker mit dem Plugin spricht: der Socket, den es anlegt, und die Plugin-Typen, die es umsetzt.</translation>
    </message>
    <message>
        <source>The plugin types it implements, such as docker.volumedriver/1.0; a metrics collector gets an extra socket mount.</source>
        <translation>Die Plugin-Typen, die es umsetzt, etwa docker.volumedriver/1.0; ein Metrik-Sammler erhält einen zusätzlichen Socket-Mount.</translation>
    </message>
    <message>
        <source>The socket the plugin creates in /run/docker/plugins; it does not change the spec.</source>
        <translation>Der Socket, den das Plugin in /run/docker/plugins anlegt; ändert die Spezifikation nicht.</translation>
    </message>
    <message>
        <source>The protocol spoken on the socket (moby.plugins.http/v1 when empty); it does not change the spec.</source>
        <translation>Das Protokoll auf dem Socket (moby.plugins.http/v1, wenn leer); ändert die Spezifikation nicht.</translation>
    </message>
    <message>
        <source>The command that starts the plugin; the args setting is appended to it.</source>
        <translation>Der Befehl, der das Plugin startet; die Einstellung args wird angehängt.</translation>
    </message>
    <message>
        <source>The working folder of the plugin&apos;s process; “/” when empty.</source>
        <translation>Der Arbeitsordner des Plugin-Prozesses; „/“, wenn leer.</translation>
    </message>
    <message>
        <source>The uid and gid the author declares; Docker 29.7.2 does not apply them: the process runs as root.</source>
        <translation>UID und GID, die der Autor angibt; Docker 29.7.2 wendet sie nicht an: der Prozess läuft als root.</translation>
    </message>
    <message>
        <source>The plugin&apos;s network.</source>
        <translation>Das Netzwerk des Plugins.</translation>
    </message>
    <message>
        <source>“host” removes the network namespace; any non-empty type bind-mounts the host&apos;s /etc/hosts and /etc/resolv.conf read-only.</source>
        <translation>„host“ entfernt den Netzwerk-Namespace; jeder nicht leere Typ hängt /etc/hosts und /etc/resolv.conf des Hosts schreibgeschützt per Bind-Mount ein.</translation>
    </message>
    <message>
        <source>Linux privileges the plugin asks for; users grant them at install.</source>
        <translation>Linux-Privilegien, die das Plugin anfordert; Benutzer gewähren sie bei der Installation.</translation>
    </message>
    <message>
        <source>Capabilities appended to all four sets, after Docker&apos;s defaults, duplicates kept.</source>
        <translation>Capabilities, die an alle vier Mengen nach Dockers Vorgaben angehängt werden, Duplikate bleiben.</translation>
    </message>
    <message>
        <source>Replaces the device cgroup rules with one rule that allows every device (rwm).</source>
        <translation>Ersetzt die Geräte-Cgroup-Regeln durch eine Regel, die jedes Gerät erlaubt (rwm).</translation>
    </message>
    <message>
        <source>Host devices the plugin uses: each becomes a linux.devices entry and an allow rule (rwm); a folder adds every device under it.</source>
        <translation>Geräte des Hosts, die das Plugin nutzt: jedes wird ein Eintrag in linux.devices und eine Erlaubnisregel (rwm); ein Ordner fügt jedes Gerät darunter hinzu.</translation>
    </message>
    <message>
        <source>The name `docker plugin set` uses for it.</source>
        <translation>Der Name, den `docker plugin set` dafür verwendet.</translation>
    </message>
    <message>
        <source>The host device node (or folder of nodes) to expose.</source>
        <translation>Die Gerätedatei des Hosts (oder der Ordner mit Gerätedateien), die bereitgestellt wird.</translation>
    </message>
    <message>
        <source>The fields `docker plugin set` may change (“path”).</source>
        <translation>Die Felder, die `docker plugin set` ändern darf („path“).</translation>
    </message>
    <message>
        <source>Mounts appended after Docker&apos;s; a /dev/… destination replaces Docker&apos;s own mount there.</source>
        <translation>Mounts nach denen von Docker; ein Ziel /dev/… ersetzt Dockers eigenen Mount dort.</translation>
    </message>
    <message>
        <source>The host path to mount; null makes Docker refuse (“mount source is not specified”).</source>
        <translation>Der einzuhängende Pfad des Hosts; null lässt Docker ablehnen („mount source is not specified“).</translation>
    </message>
    <message>
        <source>Where the mount appears inside the plugin.</source>
        <translation>Wo der Mount im Plugin erscheint.</translation>
    </message>
    <message>
        <source>The mount type, such as bind or tmpfs.</source>
        <translation>Der Mount-Typ, etwa bind oder tmpfs.</translation>
    </message>
    <message>
        <source>Mount options, such as rbind or ro.</source>
        <translation>Mount-Optionen, etwa rbind oder ro.</translation>
    </message>
    <message>
        <source>The fields `docker plugin set` may change (“source”).</source>
        <translation>Die Felder, die `docker plugin set` ändern darf („source“).</translation>
    </message>
    <message>
        <source>Environment variables: each with a value becomes NAME=value, after PATH.</source>
        <translation>Umgebungsvariablen: jede mit einem Wert wird zu NAME=Wert, nach PATH.</translation>
    </message>
    <message>
        <source>The variable&apos;s name, which `docker plugin set` uses too.</source>
        <translation>Der Name der Variable, den auch `docker plugin set` verwendet.</translation>
    </message>
    <message>
        <source>The value at install; null leaves the variable out.</source>
        <translation>Der Wert bei der Installation; null lässt die Variable weg.</translation>
    </message>
    <message>
        <source>The fields `docker plugin set` may change (“value”).</source>
        <translation>Die Felder, die `docker plugin set` ändern darf („value“).</translation>
    </message>
    <message>
        <source>Arguments appended to the entrypoint.</source>
        <translation>An den Einstiegspunkt angehängte Argumente.</translation>
    </message>
    <message>
        <source>The arguments at install; a value given to `docker plugin set` is split on single spaces.</source>
        <translation>Die Argumente bei der Installation; ein Wert für `docker plugin set` wird an einzelnen Leerzeichen geteilt.</translation>
    </message>
    <message>
        <source>A path inside the plugin whose mounts propagate to the host: bind-mounted rshared from the propagated-mount folder beside the rootfs, and the rootfs propagation becomes rshared.</source>
        <translation>Ein Pfad im Plugin, dessen Mounts zum Host propagieren: per Bind-Mount rshared aus dem Ordner propagated-mount neben dem Rootfs eingehängt, und die Propagation des Rootfs wird rshared.</translation>
    </message>
    <message>
        <source>true: the plugin shares the host&apos;s IPC namespace (the ipc namespace is removed).</source>
        <translation>true: das Plugin teilt den IPC-Namespace des Hosts (der IPC-Namespace wird entfernt).</translation>
    </message>
    <message>
        <source>true: the plugin shares the host&apos;s PID namespace (the pid namespace is removed).</source>
        <translation>true: das Plugin teilt den PID-Namespace des Hosts (der PID-Namespace wird entfernt).</translation>
    </message>
    <message>
        <source>The image layers (type and diff_ids); they do not reach the spec.</source>
        <translation>Die Image-Schichten (type und diff_ids); sie gelangen nicht in die Spezifikation.</translation>
    </message>
    <message>
        <source>The Docker version that built the plugin; informational.</source>
        <translation>Die Docker-Version, die das Plugin gebaut hat; zur Information.</translation>
    </message>
    <message>
        <source>The container&apos;s name; links and container: modes of other containers refer to it.</source>
        <translation>Der Name des Containers; Links und container:-Modi anderer Container verweisen darauf.</translation>
    </message>
    <message>
        <source>The image&apos;s /etc/passwd and /etc/group, used to resolve User and GroupAdd.</source>
        <translation>/etc/passwd und /etc/group des Images, zum Auflösen von User und GroupAdd.</translation>
    </message>
    <message>
        <source>The daemon&apos;s settings (what dockerd&apos;s flags and daemon.json set) and the containers it knows.</source>
        <translation>Die Einstellungen des Daemons (was die Optionen von dockerd und daemon.json festlegen) und die Container, die er kennt.</translation>
    </message>
    <message>
        <source>The daemon&apos;s data root; rootfs, volumes and network files live under it.</source>
        <translation>Das Datenverzeichnis des Daemons; Rootfs, Volumes und Netzwerkdateien liegen darunter.</translation>
    </message>
    <message>
        <source>cgroupfs gives /docker/&lt;id&gt;, systemd gives system.slice:docker:&lt;id&gt;.</source>
        <translation>cgroupfs ergibt /docker/&lt;id&gt;, systemd ergibt system.slice:docker:&lt;id&gt;.</translation>
    </message>
    <message>
        <source>The host&apos;s cgroup version: it decides which resource settings survive and, on v1, gives privileged containers the host&apos;s cgroup namespace.</source>
        <translation>Die Cgroup-Version des Hosts: sie entscheidet, welche Ressourceneinstellungen bestehen bleiben, und gibt unter v1 privilegierten Containern den Cgroup-Namespace des Hosts.</translation>
    </message>
    <message>
        <source>The daemon-wide parent cgroup.</source>
        <translation>Die übergeordnete Cgroup für den ganzen Daemon.</translation>
    </message>
    <message>
        <source>The cgroup namespace mode of containers that set none.</source>
        <translation>Der Cgroup-Namespace-Modus von Containern, die keinen setzen.</translation>
    </message>
    <message>
        <source>The IPC mode of containers that set none.</source>
        <translation>Der IPC-Modus von Containern, die keinen setzen.</translation>
    </message>
    <message>
        <source>The size of /dev/shm for containers that set none.</source>
        <translation>Die Größe von /dev/shm für Container, die keine setzen.</translation>
    </message>
    <message>
        <source>No new privileges for every container.</source>
        <translation>Keine neuen Privilegien für alle Container.</translation>
    </message>
    <message>
        <source>Resource limits of containers that set none.</source>
        <translation>Ressourcengrenzen von Containern, die keine setzen.</translation>
    </message>
    <message>
        <source>User-namespace remapping ranges; present means remapping is on.</source>
        <translation>Bereiche für das User-Namespace-Remapping; vorhanden bedeutet, das Remapping ist an.</translation>
    </message>
    <message>
        <source>Whether the kernel has time namespaces.</source>
        <translation>Ob der Kernel Zeit-Namespaces hat.</translation>
    </message>
    <message>
        <source>Whether the kernel supports seccomp.</source>
        <translation>Ob der Kernel seccomp unterstützt.</translation>
    </message>
    <message>
        <source>The daemon&apos;s seccomp profile: “unconfined” or a profile in Docker&apos;s format.</source>
        <translation>Das Seccomp-Profil des Daemons: „unconfined“ oder ein Profil im Docker-Format.</translation>
    </message>
    <message>
        <source>Other containers this one may join (container: modes, links, volumes-from).</source>
        <translation>Andere Container, denen dieser beitreten kann (container:-Modi, Links, volumes-from).</translation>
    </message>
    <message>
        <source>The docker-init binary mounted for Init.</source>
        <translation>Das Programm docker-init, das für Init eingehängt wird.</translation>
    </message>
    <message>
        <source>The Engine API ContainerConfig: command, environment, user and the other process settings.</source>
        <translation>Die ContainerConfig der Engine-API: Befehl, Umgebung, Benutzer und die übrigen Prozesseinstellungen.</translation>
    </message>
    <message>
        <source>The command, appended to the entrypoint.</source>
        <translation>Der Befehl, an den Einstiegspunkt angehängt.</translation>
    </message>
    <message>
        <source>The program run first; [&quot;&quot;] resets it.</source>
        <translation>Das zuerst gestartete Programm; [&quot;&quot;] setzt es zurück.</translation>
    </message>
    <message>
        <source>Environment variables NAME=value, after PATH and HOSTNAME.</source>
        <translation>Umgebungsvariablen NAME=Wert, nach PATH und HOSTNAME.</translation>
    </message>
    <message>
        <source>user[:group], names resolved in the image&apos;s passwd and group files.</source>
        <translation>benutzer[:gruppe]; Namen werden in den Dateien passwd und group des Images aufgelöst.</translation>
    </message>
    <message>
        <source>The working folder; it must be absolute, and Docker cleans it.</source>
        <translation>Der Arbeitsordner; er muss absolut sein, und Docker bereinigt ihn.</translation>
    </message>
    <message>
        <source>The container&apos;s hostname; by default the first 12 digits of its id.</source>
        <translation>Der Hostname des Containers; standardmäßig die ersten 12 Ziffern seiner ID.</translation>
    </message>
    <message>
        <source>The container&apos;s NIS domain name.</source>
        <translation>Der NIS-Domänenname des Containers.</translation>
    </message>
    <message>
        <source>Allocates a terminal: terminal true and TERM=xterm.</source>
        <translation>Weist ein Terminal zu: terminal true und TERM=xterm.</translation>
    </message>
    <message>
        <source>Keeps standard input open; it does not change the spec.</source>
        <translation>Hält die Standardeingabe offen; ändert die Spezifikation nicht.</translation>
    </message>
    <message>
        <source>No network sandbox: the network files are not mounted.</source>
        <translation>Keine Netzwerk-Sandbox: die Netzwerkdateien werden nicht eingehängt.</translation>
    </message>
    <message>
        <source>The image; its own config is not known here (Docker merges it in first).</source>
        <translation>Das Image; seine eigene Konfiguration ist hier nicht bekannt (Docker führt sie zuerst zusammen).</translation>
    </message>
    <message>
        <source>Anonymous volumes, each mounted from a new volume.</source>
        <translation>Anonyme Volumes, jedes aus einem neuen Volume eingehängt.</translation>
    </message>
    <message>
        <source>Labels; they do not reach the spec.</source>
        <translation>Labels; sie gelangen nicht in die Spezifikation.</translation>
    </message>
    <message>
        <source>The signal that stops the container; not in the spec.</source>
        <translation>Das Signal, das den Container beendet; nicht in der Spezifikation.</translation>
    </message>
    <message>
        <source>Exposed ports; they do not reach the spec.</source>
        <translation>Freigegebene Ports; sie gelangen nicht in die Spezifikation.</translation>
    </message>
    <message>
        <source>The health check; not in the spec.</source>
        <translation>Die Zustandsprüfung; nicht in der Spezifikation.</translation>
    </message>
    <message>
        <source>The Engine API HostConfig, as sent to POST /containers/create.</source>
        <translation>Die HostConfig der Engine-API, wie sie an POST /containers/create geschickt wird.</translation>
    </message>
    <message>
        <source>Bind mounts and named volumes, source:destination[:options]; read-only binds become rro when the kernel supports it.</source>
        <translation>Bind-Mounts und benannte Volumes, quelle:ziel[:optionen]; schreibgeschützte Binds werden zu rro, wenn der Kernel es unterstützt.</translation>
    </message>
    <message>
        <source>Mounts in the long syntax: bind, volume or tmpfs.</source>
        <translation>Mounts in der langen Syntax: bind, volume oder tmpfs.</translation>
    </message>
    <message>
        <source>tmpfs mounts: path → options.</source>
        <translation>tmpfs-Mounts: Pfad → Optionen.</translation>
    </message>
    <message>
        <source>Mounts taken over from other containers.</source>
        <translation>Von anderen Containern übernommene Mounts.</translation>
    </message>
    <message>
        <source>The driver of named volumes.</source>
        <translation>Der Treiber benannter Volumes.</translation>
    </message>
    <message>
        <source>Capabilities added to Docker&apos;s default set; ALL adds every capability the host has.</source>
        <translation>Capabilities, die zu Dockers Standardmenge hinzukommen; ALL fügt jede Capability des Hosts hinzu.</translation>
    </message>
    <message>
        <source>Capabilities removed from the set; ALL starts from none.</source>
        <translation>Aus der Menge entfernte Capabilities; ALL beginnt bei keiner.</translation>
    </message>
    <message>
        <source>Every capability and host device, no masked or read-only paths.</source>
        <translation>Jede Capability und jedes Gerät des Hosts, keine maskierten oder schreibgeschützten Pfade.</translation>
    </message>
    <message>
        <source>Mounts the root filesystem read-only.</source>
        <translation>Hängt das Wurzeldateisystem schreibgeschützt ein.</translation>
    </message>
    <message>
        <source>bridge, host, none or container:NAME; host and container: share that network namespace.</source>
        <translation>bridge, host, none oder container:NAME; host und container: teilen diesen Netzwerk-Namespace.</translation>
    </message>
    <message>
        <source>private, shareable, host, none or container:NAME: the IPC namespace and /dev/shm.</source>
        <translation>private, shareable, host, none oder container:NAME: der IPC-Namespace und /dev/shm.</translation>
    </message>
    <message>
        <source>host or container:NAME shares that PID namespace.</source>
        <translation>host oder container:NAME teilt diesen PID-Namespace.</translation>
    </message>
    <message>
        <source>host shares the host&apos;s UTS namespace and hostname.</source>
        <translation>host teilt den UTS-Namespace und Hostnamen des Hosts.</translation>
    </message>
    <message>
        <source>host turns user-namespace remapping off for this container.</source>
        <translation>host schaltet das User-Namespace-Remapping für diesen Container ab.</translation>
    </message>
    <message>
        <source>A private or the host&apos;s cgroup namespace.</source>
        <translation>Ein eigener oder der Cgroup-Namespace des Hosts.</translation>
    </message>
    <message>
        <source>The container&apos;s parent cgroup.</source>
        <translation>Die übergeordnete Cgroup des Containers.</translation>
    </message>
    <message>
        <source>no-new-privileges, seccomp=…, apparmor=…, label=…, writable-cgroups=…</source>
        <translation>no-new-privileges, seccomp=…, apparmor=…, label=…, writable-cgroups=…</translation>
    </message>
    <message>
        <source>Host devices, host[:container[:permissions]], each with an allow rule.</source>
        <translation>Geräte des Hosts, host[:container[:rechte]], jedes mit einer Erlaubnisregel.</translation>
    </message>
    <message>
        <source>Extra device cgroup rules, such as “c 13:* rwm”.</source>
        <translation>Zusätzliche Geräte-Cgroup-Regeln, etwa „c 13:* rwm“.</translation>
    </message>
    <message>
        <source>Device requests (GPUs); a runtime hook handles them.</source>
        <translation>Geräteanforderungen (GPUs); ein Hook der Laufzeitumgebung behandelt sie.</translation>
    </message>
    <message>
        <source>Kernel parameters set inside the container.</source>
        <translation>Im Container gesetzte Kernel-Parameter.</translation>
    </message>
    <message>
        <source>Resource limits (RLIMIT_…), soft and hard.</source>
        <translation>Ressourcengrenzen (RLIMIT_…), weich und hart.</translation>
    </message>
    <message>
        <source>Memory limit in bytes (at least 6 MB).</source>
        <translation>Speichergrenze in Bytes (mindestens 6 MB).</translation>
    </message>
    <message>
        <source>Memory plus swap in bytes; 0 with a memory limit means twice the limit, -1 unlimited.</source>
        <translation>Speicher plus Swap in Bytes; 0 mit einer Speichergrenze bedeutet das Doppelte der Grenze, -1 unbegrenzt.</translation>
    </message>
    <message>
        <source>Soft memory limit in bytes.</source>
        <translation>Weiche Speichergrenze in Bytes.</translation>
    </message>
    <message>
        <source>0 to 100; discarded on cgroup v2.</source>
        <translation>0 bis 100; unter cgroup v2 verworfen.</translation>
    </message>
    <message>
        <source>Turns the OOM killer off; discarded on cgroup v2.</source>
        <translation>Schaltet den OOM-Killer ab; unter cgroup v2 verworfen.</translation>
    </message>
    <message>
        <source>-1000 to 1000: how readily the OOM killer picks the process.</source>
        <translation>-1000 bis 1000: wie bereitwillig der OOM-Killer den Prozess wählt.</translation>
    </message>
    <message>
        <source>Maximum number of processes; 0 or less is unlimited.</source>
        <translation>Höchstzahl der Prozesse; 0 oder weniger ist unbegrenzt.</translation>
    </message>
    <message>
        <source>Relative CPU weight.</source>
        <translation>Relatives CPU-Gewicht.</translation>
    </message>
    <message>
        <source>CFS period in microseconds.</source>
        <translation>CFS-Periode in Mikrosekunden.</translation>
    </message>
    <message>
        <source>CFS quota in microseconds per period.</source>
        <translation>CFS-Quote in Mikrosekunden pro Periode.</translation>
    </message>
    <message>
        <source>CPUs in billionths: a 100 ms period and the matching quota; not with CpuPeriod or CpuQuota.</source>
        <translation>CPUs in Milliardsteln: eine Periode von 100 ms und die passende Quote; nicht zusammen mit CpuPeriod oder CpuQuota.</translation>
    </message>
    <message>
        <source>Real-time period in microseconds (needs kernel support).</source>
        <translation>Echtzeit-Periode in Mikrosekunden (braucht Kernel-Unterstützung).</translation>
    </message>
    <message>
        <source>Real-time runtime in microseconds (needs kernel support).</source>
        <translation>Echtzeit-Laufzeit in Mikrosekunden (braucht Kernel-Unterstützung).</translation>
    </message>
    <message>
        <source>The CPUs allowed, such as 0-3 or 0,2; they must exist on the host.</source>
        <translation>Die erlaubten CPUs, etwa 0-3 oder 0,2; sie müssen auf dem Host vorhanden sein.</translation>
    </message>
    <message>
        <source>The memory nodes allowed; they must exist on the host.</source>
        <translation>Die erlaubten Speicherknoten; sie müssen auf dem Host vorhanden sein.</translation>
    </message>
    <message>
        <source>Block I/O weight, 10 to 1000.</source>
        <translation>Block-I/O-Gewicht, 10 bis 1000.</translation>
    </message>
    <message>
        <source>Block I/O weight per device.</source>
        <translation>Block-I/O-Gewicht pro Gerät.</translation>
    </message>
    <message>
        <source>Read limit per device, in bytes per second.</source>
        <translation>Lesegrenze pro Gerät, in Bytes pro Sekunde.</translation>
    </message>
    <message>
        <source>Write limit per device, in bytes per second.</source>
        <translation>Schreibgrenze pro Gerät, in Bytes pro Sekunde.</translation>
    </message>
    <message>
        <source>Read limit per device, in operations per second.</source>
        <translation>Lesegrenze pro Gerät, in Operationen pro Sekunde.</translation>
    </message>
    <message>
        <source>Write limit per device, in operations per second.</source>
        <translation>Schreibgrenze pro Gerät, in Operationen pro Sekunde.</translation>
    </message>
    <message>
        <source>Size of /dev/shm in bytes.</source>
        <translation>Größe von /dev/shm in Bytes.</translation>
    </message>
    <message>
        <source>Extra groups, by name (from the image&apos;s group file) or number.</source>
        <translation>Zusätzliche Gruppen, nach Name (aus der group-Datei des Images) oder Nummer.</translation>
    </message>
    <message>
        <source>Runs docker-init as PID 1 (with a private PID namespace), mounted read-only.</source>
        <translation>Startet docker-init als PID 1 (mit eigenem PID-Namespace), schreibgeschützt eingehängt.</translation>
    </message>
    <message>
        <source>Links to other containers (legacy); on the default bridge they must be running.</source>
        <translation>Links zu anderen Containern (veraltet); im Standard-Bridge-Netz müssen sie laufen.</translation>
    </message>
    <message>
        <source>Extra lines for /etc/hosts; Docker writes that file, it is not part of the spec.</source>
        <translation>Zusätzliche Zeilen für /etc/hosts; Docker schreibt diese Datei, sie ist nicht Teil der Spezifikation.</translation>
    </message>
    <message>
        <source>Name servers for /etc/resolv.conf; not part of the spec.</source>
        <translation>Namensserver für /etc/resolv.conf; nicht Teil der Spezifikation.</translation>
    </message>
    <message>
        <source>Resolver options for /etc/resolv.conf; not part of the spec.</source>
        <translation>Resolver-Optionen für /etc/resolv.conf; nicht Teil der Spezifikation.</translation>
    </message>
    <message>
        <source>Search domains for /etc/resolv.conf; not part of the spec.</source>
        <translation>Suchdomänen für /etc/resolv.conf; nicht Teil der Spezifikation.</translation>
    </message>
    <message>
        <source>Paths hidden in the container; Docker&apos;s defaults when absent, none when privileged.</source>
        <translation>Im Container verborgene Pfade; Dockers Vorgaben, wenn nicht angegeben, keine bei privilegierten Containern.</translation>
    </message>
    <message>
        <source>Paths mounted read-only; Docker&apos;s defaults when absent, none when privileged.</source>
        <translation>Schreibgeschützt eingehängte Pfade; Dockers Vorgaben, wenn nicht angegeben, keine bei privilegierten Containern.</translation>
    </message>
    <message>
        <source>Annotations handed to the runtime.</source>
        <translation>An die Laufzeitumgebung übergebene Annotationen.</translation>
    </message>
    <message>
        <source>Height and width of the terminal (with Tty); the docker client sends its own.</source>
        <translation>Höhe und Breite des Terminals (mit Tty); der docker-Client schickt seine eigenen.</translation>
    </message>
    <message>
        <source>The OCI runtime to run the spec with; it does not change it.</source>
        <translation>Die OCI-Laufzeitumgebung, mit der die Spezifikation ausgeführt wird; sie ändert sie nicht.</translation>
    </message>
    <message>
        <source>When Docker restarts the container; not in the spec.</source>
        <translation>Wann Docker den Container neu startet; nicht in der Spezifikation.</translation>
    </message>
    <message>
        <source>Removes the container when it exits; not in the spec.</source>
        <translation>Entfernt den Container, wenn er endet; nicht in der Spezifikation.</translation>
    </message>
    <message>
        <source>Logging; not in the spec.</source>
        <translation>Protokollierung; nicht in der Spezifikation.</translation>
    </message>
    <message>
        <source>Published ports; the network handles them, not the spec.</source>
        <translation>Veröffentlichte Ports; das Netzwerk behandelt sie, nicht die Spezifikation.</translation>
    </message>
    <message>
        <source>Publishes every exposed port; not in the spec.</source>
        <translation>Veröffentlicht jeden freigegebenen Port; nicht in der Spezifikation.</translation>
    </message>
    <message>
        <source>Storage driver options; not in the spec.</source>
        <translation>Optionen des Speichertreibers; nicht in der Spezifikation.</translation>
    </message>
    <message>
        <source>Windows isolation; ignored on Linux.</source>
        <translation>Windows-Isolierung; unter Linux ignoriert.</translation>
    </message>
    <message>
        <source>Used by the docker client only.</source>
        <translation>Nur vom docker-Client verwendet.</translation>
    </message>
    <message>
        <source>Spec: %1</source>
        <translation>Spezifikation: %1</translation>
    </message>
    <message>
        <source>Docker: %1</source>
        <translation>Docker: %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in text</source>
        <translation>Im Text suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>Treffer: %1</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Die Suchleiste schließen</translation>
    </message>
</context>
<context>
    <name>FormBuilder</name>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
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
    <name>FormField</name>
    <message numerus="yes">
        <source>(%n more in the Warnings panel)</source>
        <translation>
            <numerusform>(%n weitere im Bereich „Warnungen“)</numerusform>
            <numerusform>(%n weitere im Bereich „Warnungen“)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show in Spec</source>
        <translation>In der Spezifikation zeigen</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Go to a section of the form</source>
        <translation>Zu einem Abschnitt des Formulars springen</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Abschnitt:</translation>
    </message>
</context>
<context>
    <name>HostPanel</name>
    <message>
        <source>&amp;Embed in Scenario</source>
        <translation>Im Szenario &amp;einbetten</translation>
    </message>
    <message>
        <source>&amp;Remove from Scenario</source>
        <translation>Aus dem Szenario &amp;entfernen</translation>
    </message>
    <message>
        <source>Use &amp;Default</source>
        <translation>&amp;Standard verwenden</translation>
    </message>
    <message>
        <source>Docker consults facts about its host: capabilities, device nodes, sysctls, CPUs, AppArmor. The spec is built for this host:</source>
        <translation>Docker zieht Fakten über seinen Host heran: Capabilities, Gerätedateien, Sysctls, CPUs, AppArmor. Die Spezifikation wird für diesen Host erzeugt:</translation>
    </message>
    <message>
        <source>&amp;Load host.json…</source>
        <translation>host.json &amp;laden …</translation>
    </message>
    <message>
        <source>Build for the host a host.json describes (as ocispec --host); it wins over the scenario&apos;s own</source>
        <translation>Für den Host erzeugen, den eine host.json beschreibt (wie ocispec --host); sie hat Vorrang vor der des Szenarios</translation>
    </message>
    <message>
        <source>&amp;Probe This Machine</source>
        <translation>Diesen Rechner &amp;untersuchen</translation>
    </message>
    <message>
        <source>Build for this machine: its devices, capabilities and sysctls</source>
        <translation>Für diesen Rechner erzeugen: seine Geräte, Capabilities und Sysctls</translation>
    </message>
    <message>
        <source>The scenario&apos;s embedded host, else the preferences&apos; profile, else this machine</source>
        <translation>Der im Szenario eingebettete Host, sonst das Profil aus den Einstellungen, sonst dieser Rechner</translation>
    </message>
    <message>
        <source>Copy the loaded host.json into the scenario&apos;s &quot;host&quot;, so it travels with the file</source>
        <translation>Die geladene host.json in den Schlüssel &quot;host&quot; des Szenarios kopieren, damit sie mit der Datei reist</translation>
    </message>
    <message>
        <source>Remove the scenario&apos;s &quot;host&quot;</source>
        <translation>Den Schlüssel &quot;host&quot; des Szenarios entfernen</translation>
    </message>
    <message>
        <source>Embed Host Profile</source>
        <translation>Host-Profil einbetten</translation>
    </message>
    <message>
        <source>Load Host Profile</source>
        <translation>Host-Profil laden</translation>
    </message>
    <message>
        <source>Host profiles (*.json);;All Files (*)</source>
        <translation>Host-Profile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>this machine (probe)</source>
        <translation>dieser Rechner (untersucht)</translation>
    </message>
    <message>
        <source>Load a host.json first.</source>
        <translation>Laden Sie zuerst eine host.json.</translation>
    </message>
    <message>
        <source>(not built yet)</source>
        <translation>(noch nicht erzeugt)</translation>
    </message>
    <message>
        <source>Host name %1, kernel %2; %3 capabilities, %4 device nodes, %5 CPUs (%6); AppArmor %7, SELinux %8.</source>
        <translation>Hostname %1, Kernel %2; %3 Capabilities, %4 Gerätedateien, %5 CPUs (%6); AppArmor %7, SELinux %8.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>The scenario embeds its host profile (its &quot;host&quot; key; Raw tab).</source>
        <translation>Das Szenario bettet sein Host-Profil ein (sein Schlüssel &quot;host&quot;; Reiter „Roh“).</translation>
    </message>
</context>
<context>
    <name>HostProfileLoader</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: too large for a host profile</source>
        <translation>%1: zu groß für ein Host-Profil</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not a host profile</source>
        <translation>%1: kein Host-Profil</translation>
    </message>
</context>
<context>
    <name>InputImport</name>
    <message>
        <source>Config.Hostname was derived by Docker for this network or UTS mode and is left out of the scenario.</source>
        <translation>Config.Hostname wurde von Docker für diesen Netzwerk- oder UTS-Modus abgeleitet und bleibt im Szenario weg.</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>OCI runtime spec (config.json)</source>
        <translation>OCI-Laufzeitspezifikation (config.json)</translation>
    </message>
    <message>
        <source>docker inspect output</source>
        <translation>Ausgabe von docker inspect</translation>
    </message>
    <message>
        <source>Engine API create body</source>
        <translation>Create-Anfrage der Engine-API</translation>
    </message>
    <message>
        <source>plugin manifest</source>
        <translation>Plugin-Manifest</translation>
    </message>
    <message>
        <source>unrecognised file</source>
        <translation>unbekannte Datei</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MiB) for a scenario, manifest or spec.</source>
        <translation>%1 ist zu groß (%2 MiB) für ein Szenario, Manifest oder eine Spezifikation.</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON document (line %2, column %3: %4).</source>
        <translation>%1 ist kein JSON-Dokument (Zeile %2, Spalte %3: %4).</translation>
    </message>
    <message>
        <source>A plugin scenario was made around the manifest.</source>
        <translation>Um das Manifest wurde ein Plugin-Szenario erstellt.</translation>
    </message>
    <message>
        <source>A container scenario was made around the %1.</source>
        <translation>Um die %1 wurde ein Container-Szenario erstellt.</translation>
    </message>
    <message>
        <source>%1 is JSON, but not a scenario (no “kind”), a plugin manifest, an Engine API create body (“HostConfig”), docker inspect output or an OCI config.json (“ociVersion”).</source>
        <translation>%1 ist JSON, aber weder ein Szenario (kein „kind“) noch ein Plugin-Manifest, eine Create-Anfrage der Engine-API („HostConfig“), eine Ausgabe von docker inspect oder eine OCI-config.json („ociVersion“).</translation>
    </message>
    <message>
        <source>%1 is JSON, but neither an object nor docker inspect output (an array of containers with “Config” and “HostConfig”).</source>
        <translation>%1 ist JSON, aber weder ein Objekt noch eine Ausgabe von docker inspect (ein Array von Containern mit „Config“ und „HostConfig“).</translation>
    </message>
</context>
<context>
    <name>InputsPanel</name>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Advanced: the raw scenario, every key of it</source>
        <translation>Fortgeschritten: das rohe Szenario mit allen Schlüsseln</translation>
    </message>
</context>
<context>
    <name>InsertRowCommand</name>
    <message>
        <source>Insert into %1</source>
        <translation>In %1 einfügen</translation>
    </message>
</context>
<context>
    <name>IntegerField</name>
    <message>
        <source>%1 is out of range for a 64-bit number</source>
        <translation>%1 liegt außerhalb des Bereichs einer 64-Bit-Zahl</translation>
    </message>
    <message>
        <source>Not a size: write bytes or a number with k, m, g or t (e.g. 256m)</source>
        <translation>Keine Größe: Bytes angeben oder eine Zahl mit k, m, g oder t (z. B. 256m)</translation>
    </message>
    <message>
        <source>Not a CPU count: write CPUs (1.5) or nano-CPUs (1500000000)</source>
        <translation>Keine CPU-Anzahl: CPUs (1.5) oder Nano-CPUs (1500000000) angeben</translation>
    </message>
    <message>
        <source>Not a whole number</source>
        <translation>Keine ganze Zahl</translation>
    </message>
    <message>
        <source>= %1 CPUs</source>
        <translation>= %1 CPUs</translation>
    </message>
    <message>
        <source>At least %1</source>
        <translation>Mindestens %1</translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation>Höchstens %1</translation>
    </message>
</context>
<context>
    <name>JsonTableModel</name>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Insert into %1</source>
        <translation>In %1 einfügen</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
</context>
<context>
    <name>ListTextField</name>
    <message>
        <source>Not a list yet: write [&quot;a&quot;, &quot;b&quot;] or a, b</source>
        <translation>Noch keine Liste: [&quot;a&quot;, &quot;b&quot;] oder a, b schreiben</translation>
    </message>
</context>
<context>
    <name>Localization</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Building…</source>
        <translation>Wird erzeugt …</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Cannot open the file:
%1</source>
        <translation>Die Datei kann nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>Spezifikation</translation>
    </message>
    <message>
        <source>The OCI runtime spec Docker builds from the scenario</source>
        <translation>Die OCI-Laufzeitspezifikation, die Docker aus dem Szenario erzeugt</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>The scenario&apos;s inputs; F2 edits the current value</source>
        <translation>Die Eingaben des Szenarios; F2 bearbeitet den aktuellen Wert</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Findings about the inputs and the spec; Enter shows where</source>
        <translation>Befunde zu den Eingaben und zur Spezifikation; die Eingabetaste zeigt die Stelle</translation>
    </message>
    <message>
        <source>Provenance of the current spec line</source>
        <translation>Herkunft der aktuellen Zeile der Spezifikation</translation>
    </message>
    <message>
        <source>Build status</source>
        <translation>Erzeugungsstatus</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Discard the changes and read the file again</source>
        <translation>Änderungen verwerfen und die Datei neu einlesen</translation>
    </message>
    <message>
        <source>&amp;Export Spec…</source>
        <translation>Spezifikation e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Write the built spec to a file (the format is set in the preferences)</source>
        <translation>Die erzeugte Spezifikation in eine Datei schreiben (das Format wird in den Einstellungen festgelegt)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Wei&amp;tersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriges suchen</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Ne&amp;xt Panel</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>&amp;Previous Panel</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Über %1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Docker refuses these inputs: %1</source>
        <translation>Docker lehnt diese Eingaben ab: %1</translation>
    </message>
    <message>
        <source>The scenario has errors; see the Warnings panel.</source>
        <translation>Das Szenario enthält Fehler; siehe den Bereich „Warnungen“.</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <source>Refused by Docker</source>
        <translation>Von Docker abgelehnt</translation>
    </message>
    <message>
        <source>Errors in the scenario: %1</source>
        <translation>Fehler im Szenario: %1</translation>
    </message>
    <message>
        <source>Built in %1 µs</source>
        <translation>Erzeugt in %1 µs</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
    <message>
        <source>Host profile: %1</source>
        <translation>Host-Profil: %1</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>Scenarios and Docker inputs (*.json);;Scenarios (*.ocispec.json);;All Files (*)</source>
        <translation>Szenarien und Docker-Eingaben (*.json);;Szenarien (*.ocispec.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>Szenario speichern unter</translation>
    </message>
    <message>
        <source>Scenarios (*.ocispec.json);;All Files (*)</source>
        <translation>Szenarien (*.ocispec.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Edit Docker plugin manifests and container configurations and see the OCI runtime spec Docker Engine 29.7.2 builds from them, with where every value comes from.&lt;/p&gt;&lt;p&gt;Syntax highlighting: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Docker-Plugin-Manifeste und Container-Konfigurationen bearbeiten und die OCI-Laufzeitspezifikation sehen, die Docker Engine 29.7.2 daraus erzeugt, mit der Herkunft jedes Werts.&lt;/p&gt;&lt;p&gt;Syntaxhervorhebung: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Opened %1 (%2) as a new scenario. %3</source>
        <translation>%1 (%2) als neues Szenario geöffnet. %3</translation>
    </message>
    <message>
        <source>%1 is an OCI runtime spec: there is nothing to build from it, but it can be the diff baseline (drop it on the window, or pick it in the preferences).</source>
        <translation>%1 ist eine OCI-Laufzeitspezifikation: daraus lässt sich nichts erzeugen, sie kann aber die Vergleichsbasis sein (auf das Fenster ziehen oder in den Einstellungen wählen).</translation>
    </message>
    <message numerus="yes">
        <source>%n files were dropped; only the first one is opened.</source>
        <translation>
            <numerusform>%n Datei wurde abgelegt; nur die erste wird geöffnet.</numerusform>
            <numerusform>%n Dateien wurden abgelegt; nur die erste wird geöffnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>OCI Runtime Spec Dropped</source>
        <translation>OCI-Laufzeitspezifikation abgelegt</translation>
    </message>
    <message>
        <source>%1 is an OCI runtime spec (a config.json): there is nothing to build from it. Use it as the baseline the built spec is compared with?</source>
        <translation>%1 ist eine OCI-Laufzeitspezifikation (eine config.json): daraus lässt sich nichts erzeugen. Als Vergleichsbasis für die erzeugte Spezifikation verwenden?</translation>
    </message>
    <message>
        <source>&amp;Use as Diff Baseline</source>
        <translation>Als &amp;Vergleichsbasis verwenden</translation>
    </message>
    <message>
        <source>Diff baseline: %1</source>
        <translation>Vergleichsbasis: %1</translation>
    </message>
    <message>
        <source>Cannot Open the Dropped File</source>
        <translation>Die abgelegte Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The window takes scenarios (.ocispec.json), plugin manifests, Engine API create bodies, docker inspect output and OCI config.json files.</source>
        <translation>Das Fenster nimmt Szenarien (.ocispec.json), Plugin-Manifeste, Create-Anfragen der Engine-API, Ausgaben von docker inspect und OCI-config.json-Dateien an.</translation>
    </message>
    <message>
        <source>There is no spec to export: the scenario has errors, or Docker refuses it.</source>
        <translation>Es gibt keine Spezifikation zum Exportieren: das Szenario enthält Fehler, oder Docker lehnt es ab.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export Spec</source>
        <translation>Spezifikation exportieren</translation>
    </message>
    <message>
        <source>OCI runtime specs (*.json);;All Files (*)</source>
        <translation>OCI-Laufzeitspezifikationen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exported the spec to %1</source>
        <translation>Spezifikation nach %1 exportiert</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Discard the changes to “%1” and read it again from disk?</source>
        <translation>Die Änderungen an „%1“ verwerfen und die Datei neu einlesen?</translation>
    </message>
    <message>
        <source>Cannot read the scenario again:
%1</source>
        <translation>Das Szenario kann nicht neu eingelesen werden:
%1</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The new language applies when %1 starts again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von %1.</translation>
    </message>
    <message>
        <source>The default host profile is not usable: %1</source>
        <translation>Das Standard-Host-Profil ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>“%1” was changed by another program. Reload it and lose your unsaved changes?</source>
        <translation>„%1“ wurde von einem anderen Programm geändert. Neu laden und die ungespeicherten Änderungen verlieren?</translation>
    </message>
    <message>
        <source>“%1” was changed by another program. Reload it?</source>
        <translation>„%1“ wurde von einem anderen Programm geändert. Neu laden?</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Keep Current</source>
        <translation>Aktuelle &amp;behalten</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>“%1” was removed from disk; saving writes it again.</source>
        <translation>„%1“ wurde vom Datenträger entfernt; Speichern schreibt die Datei erneut.</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Go to &amp;Input</source>
        <translation>Zur &amp;Eingabe</translation>
    </message>
    <message>
        <source>Show the input that made the spec line under the cursor (or Ctrl+Click it)</source>
        <translation>Die Eingabe zeigen, aus der die Zeile unter dem Cursor stammt (oder Strg+Klick darauf)</translation>
    </message>
    <message>
        <source>Show in &amp;Spec</source>
        <translation>In der &amp;Spezifikation zeigen</translation>
    </message>
    <message>
        <source>Put the cursor in a field of the Inputs panel first.</source>
        <translation>Setzen Sie den Cursor zuerst in ein Feld des Bereichs „Eingaben“.</translation>
    </message>
    <message>
        <source>Mark the spec lines the focused field makes</source>
        <translation>Die Zeilen der Spezifikation markieren, die das aktive Feld erzeugt</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>&amp;Nächste Änderung</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>&amp;Vorherige Änderung</translation>
    </message>
    <message>
        <source>%1 is Docker&apos;s default: no input sets it.</source>
        <translation>%1 ist Dockers Vorgabe: keine Eingabe setzt es.</translation>
    </message>
    <message>
        <source>Nothing in the spec comes from %1.</source>
        <translation>Nichts in der Spezifikation stammt aus %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 makes %n part(s) of the spec.</source>
        <translation>
            <numerusform>%1 erzeugt %n Teil der Spezifikation.</numerusform>
            <numerusform>%1 erzeugt %n Teile der Spezifikation.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Schema: %1</source>
        <translation>Schema: %1</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Sichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Ungesicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Cannot recover the work:
%1</source>
        <translation>Die Arbeit kann nicht wiederhergestellt werden:
%1</translation>
    </message>
    <message>
        <source>Cannot save the scenario:
%1

The document stays open with all its changes, and the file on disk was left as it was. Save As can write it somewhere else.</source>
        <translation>Das Szenario kann nicht gespeichert werden:
%1

Das Dokument bleibt mit allen Änderungen geöffnet, und die Datei auf der Festplatte blieb unverändert. „Speichern unter“ kann es an einem anderen Ort speichern.</translation>
    </message>
    <message>
        <source>Recovered %1 as it was autosaved %2; save it to keep it.</source>
        <translation>%1 wiederhergestellt, wie es am %2 automatisch gesichert wurde; speichern Sie es, um es zu behalten.</translation>
    </message>
</context>
<context>
    <name>MoveRowCommand</name>
    <message>
        <source>Move in %1</source>
        <translation>In %1 verschieben</translation>
    </message>
</context>
<context>
    <name>PluginForm</name>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What the plugin does</source>
        <translation>Was das Plugin tut</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>How the daemon talks to the plugin.</source>
        <translation>Wie der Daemon mit dem Plugin spricht.</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>Protocol scheme</source>
        <translation>Protokollschema</translation>
    </message>
    <message>
        <source>moby.plugins.http/v1 (default)</source>
        <translation>moby.plugins.http/v1 (Standard)</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Einstiegspunkt</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <source>Namespaces and mounts propagation</source>
        <translation>Namespaces und Mount-Propagation</translation>
    </message>
    <message>
        <source>Network type</source>
        <translation>Netzwerktyp</translation>
    </message>
    <message>
        <source>a new network namespace</source>
        <translation>ein neuer Netzwerk-Namespace</translation>
    </message>
    <message>
        <source>Share the host&apos;s IPC namespace (ipcHost)</source>
        <translation>Den IPC-Namespace des Hosts teilen (ipcHost)</translation>
    </message>
    <message>
        <source>Share the host&apos;s PID namespace (pidHost)</source>
        <translation>Den PID-Namespace des Hosts teilen (pidHost)</translation>
    </message>
    <message>
        <source>Propagated mount</source>
        <translation>Propagierter Mount</translation>
    </message>
    <message>
        <source>Capabilities and devices</source>
        <translation>Capabilities und Geräte</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capabilities</translation>
    </message>
    <message>
        <source>Another capability…</source>
        <translation>Weitere Capability …</translation>
    </message>
    <message>
        <source>Allow all devices</source>
        <translation>Alle Geräte erlauben</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Settable</source>
        <translation>Setzbar</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Appended to the entrypoint; `set args=…` replaces the values.</source>
        <translation>An den Einstiegspunkt angehängt; `set args=…` ersetzt die Werte.</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation>Mounts</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>docker plugin set</source>
        <translation>docker plugin set</translation>
    </message>
    <message>
        <source>Applied after install, in order: NAME=value (env), NAME.source=/path (mount), NAME.path=/dev/x (device), args=&quot;a b&quot;. Each line is checked as Docker would.</source>
        <translation>Nach der Installation der Reihe nach angewendet: NAME=Wert (Umgebung), NAME.source=/Pfad (Mount), NAME.path=/dev/x (Gerät), args=&quot;a b&quot;. Jede Zeile wird geprüft, wie Docker es täte.</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>Argument</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Plugin ID</source>
        <translation>Plugin-ID</translation>
    </message>
    <message>
        <source>64 hex digits</source>
        <translation>64 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>Rootfs</source>
        <translation>Rootfs</translation>
    </message>
    <message>
        <source>Exec root</source>
        <translation>Exec-Root</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>None found at build time</source>
        <translation>Beim Erstellen nicht gefunden</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>The folder holding the runtime-spec config-schema.json that validation uses (ocispec validate --schema-dir).</source>
        <translation>Der Ordner mit der config-schema.json der runtime-spec, die die Prüfung verwendet (ocispec validate --schema-dir).</translation>
    </message>
    <message>
        <source>Browse for the schema folder</source>
        <translation>Den Schema-Ordner suchen</translation>
    </message>
    <message>
        <source>Probe this machine</source>
        <translation>Diesen Rechner untersuchen</translation>
    </message>
    <message>
        <source>A host profile (host.json format) used when a scenario embeds none, instead of the facts of this machine (ocispec --host).</source>
        <translation>Ein Host-Profil (host.json-Format), das verwendet wird, wenn ein Szenario keines enthält, statt der Fakten dieses Rechners (ocispec --host).</translation>
    </message>
    <message>
        <source>Browse for the host profile</source>
        <translation>Das Host-Profil suchen</translation>
    </message>
    <message>
        <source>Pretty (as ocispec build prints it)</source>
        <translation>Lesbar (wie ocispec build sie ausgibt)</translation>
    </message>
    <message>
        <source>Compact (the bytes Docker hands to containerd)</source>
        <translation>Kompakt (die Bytes, die Docker an containerd übergibt)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Docker&apos;s default spec</source>
        <translation>Dockers Standardspezifikation</translation>
    </message>
    <message>
        <source>A config.json file</source>
        <translation>Eine config.json-Datei</translation>
    </message>
    <message>
        <source>Baseline file</source>
        <translation>Datei der Vergleichsbasis</translation>
    </message>
    <message>
        <source>config.json</source>
        <translation>config.json</translation>
    </message>
    <message>
        <source>Browse for the baseline file</source>
        <translation>Die Datei der Vergleichsbasis suchen</translation>
    </message>
    <message>
        <source>A new language applies when the app starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Runtime-spec &amp;schema folder:</source>
        <translation>&amp;Schema-Ordner der runtime-spec:</translation>
    </message>
    <message>
        <source>Default &amp;host profile:</source>
        <translation>Standard-&amp;Host-Profil:</translation>
    </message>
    <message>
        <source>E&amp;xport format:</source>
        <translation>E&amp;xportformat:</translation>
    </message>
    <message>
        <source>Default diff &amp;baseline:</source>
        <translation>Standard-&amp;Vergleichsbasis:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Gefunden: %1</translation>
    </message>
    <message>
        <source>No schema was found at build time: schema validation is off.</source>
        <translation>Beim Erstellen wurde kein Schema gefunden: die Schema-Prüfung ist aus.</translation>
    </message>
    <message>
        <source>Not usable: %1</source>
        <translation>Nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Scenarios without a host profile use the facts of this machine.</source>
        <translation>Szenarien ohne Host-Profil verwenden die Fakten dieses Rechners.</translation>
    </message>
    <message>
        <source>Host profile: kernel %1, %2 devices, %3 capabilities</source>
        <translation>Host-Profil: Kernel %1, %2 Geräte, %3 Capabilities</translation>
    </message>
    <message>
        <source>Runtime-Spec Schema Folder</source>
        <translation>Schema-Ordner der runtime-spec</translation>
    </message>
    <message>
        <source>Default Host Profile</source>
        <translation>Standard-Host-Profil</translation>
    </message>
    <message>
        <source>Host profiles (*.json);;All Files (*)</source>
        <translation>Host-Profile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Default Diff Baseline</source>
        <translation>Standard-Vergleichsbasis</translation>
    </message>
    <message>
        <source>OCI runtime specs (*.json);;All Files (*)</source>
        <translation>OCI-Laufzeitspezifikationen (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ProvenanceLookup</name>
    <message>
        <source>Docker default</source>
        <translation>Docker-Vorgabe</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No Recent Files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Liste leeren</translation>
    </message>
</context>
<context>
    <name>RecoveryBar</name>
    <message>
        <source>Recovered work</source>
        <translation>Wiederhergestellte Arbeit</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Hide this bar; the unsaved work is offered again at the next start</source>
        <translation>Diese Leiste ausblenden; die ungesicherte Arbeit wird beim nächsten Start wieder angeboten</translation>
    </message>
    <message>
        <source>Unsaved work from a session that did not end normally was found. Recover it to go on editing (Save then writes it to its file), or discard it.</source>
        <translation>Ungesicherte Arbeit aus einer Sitzung, die nicht normal beendet wurde, ist vorhanden. Stellen Sie sie wieder her, um weiterzuarbeiten (Speichern schreibt sie dann in ihre Datei), oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>nie gespeichert</translation>
    </message>
    <message>
        <source>%1 (%2), autosaved %3</source>
        <translation>%1 (%2), automatisch gesichert %3</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Open this work in the window, with its unsaved changes</source>
        <translation>Diese Arbeit mit ihren ungesicherten Änderungen im Fenster öffnen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Delete the autosaved work</source>
        <translation>Die automatisch gesicherte Arbeit löschen</translation>
    </message>
</context>
<context>
    <name>RecoveryFile</name>
    <message>
        <source>%1: not a recovery file: /ui/recovery is missing.</source>
        <translation>%1: keine Wiederherstellungsdatei: /ui/recovery fehlt.</translation>
    </message>
    <message>
        <source>%1: not a recovery file: /ui/recovery/savedAt is not a time.</source>
        <translation>%1: keine Wiederherstellungsdatei: /ui/recovery/savedAt ist keine Zeitangabe.</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>RemoveRowCommand</name>
    <message>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
</context>
<context>
    <name>SetValueCommand</name>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
</context>
<context>
    <name>SpecComparison</name>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
</context>
<context>
    <name>TableField</name>
    <message>
        <source>Add a row</source>
        <translation>Eine Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Die ausgewählte Zeile entfernen</translation>
    </message>
    <message>
        <source>Move the selected row up</source>
        <translation>Die ausgewählte Zeile nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the selected row down</source>
        <translation>Die ausgewählte Zeile nach unten verschieben</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Set to null</source>
        <translation>Auf null setzen</translation>
    </message>
    <message>
        <source>Leave the value unset: Docker then requires it to be set before use</source>
        <translation>Den Wert nicht setzen: Docker verlangt dann, dass er vor der Verwendung gesetzt wird</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Edit Docker plugin manifests and container configs, see the exact OCI spec Docker builds.</source>
        <translation>Docker-Plugin-Manifeste und Container-Konfigurationen bearbeiten und die genaue OCI-Spezifikation sehen, die Docker erzeugt.</translation>
    </message>
    <message>
        <source>The file to open: a scenario (FILE.ocispec.json), a plugin manifest, an Engine API create body or docker inspect output.</source>
        <translation>Die zu öffnende Datei: ein Szenario (DATEI.ocispec.json), ein Plugin-Manifest, eine Create-Anfrage der Engine-API oder eine Ausgabe von docker inspect.</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>Cannot open the file:
%1</source>
        <translation>Die Datei kann nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <source>Render the main window with the file (or the example) at 1400×900 to a PNG image and exit.</source>
        <translation>Das Hauptfenster mit der Datei (oder dem Beispiel) in 1400×900 als PNG-Bild speichern und beenden.</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Use a light or dark palette instead of the desktop&apos;s.</source>
        <translation>Eine helle oder dunkle Palette statt der des Desktops verwenden.</translation>
    </message>
    <message>
        <source>--color-scheme takes light or dark, not %1</source>
        <translation>--color-scheme erwartet light oder dark, nicht %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
</TS>
