<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Autosaver</name>
    <message>
        <source>%1: cannot create the folder for recovery files.</source>
        <translation>%1 : impossible de créer le dossier des fichiers de récupération.</translation>
    </message>
    <message>
        <source>%1: cannot lock the recovery file.</source>
        <translation>%1 : impossible de verrouiller le fichier de récupération.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
</context>
<context>
    <name>ChecklistField</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Other name…</source>
        <translation>Autre nom…</translation>
    </message>
    <message>
        <source>None checked.</source>
        <translation>Rien de coché.</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>Coché : %1</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>ContainerForm</name>
    <message>
        <source>Container %1</source>
        <translation>Conteneur %1</translation>
    </message>
    <message>
        <source>(created, not running: Docker refuses to join it)</source>
        <translation>(créé, pas en cours d&apos;exécution : Docker refuse de le rejoindre)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Point d&apos;entrée</translation>
    </message>
    <message>
        <source>the image&apos;s</source>
        <translation>celui de l&apos;image</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Répertoire de travail</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>root (user[:group], name or ID)</source>
        <translation>root (utilisateur[:groupe], nom ou ID)</translation>
    </message>
    <message>
        <source>Additional groups</source>
        <translation>Groupes supplémentaires</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>NAME=value</source>
        <translation>NOM=valeur</translation>
    </message>
    <message>
        <source>Allocate a terminal (Tty)</source>
        <translation>Allouer un terminal (Tty)</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Container name</source>
        <translation>Nom du conteneur</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>the first 12 digits of the ID</source>
        <translation>les 12 premiers chiffres de l&apos;ID</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>Nom de domaine</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>Espaces de noms</translation>
    </message>
    <message>
        <source>Suggestions include the containers the engine knows (Engine tab).</source>
        <translation>Les suggestions incluent les conteneurs que l&apos;Engine connaît (onglet Engine).</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>bridge (default)</source>
        <translation>bridge (par défaut)</translation>
    </message>
    <message>
        <source>IPC</source>
        <translation>IPC</translation>
    </message>
    <message>
        <source>the daemon&apos;s default (private)</source>
        <translation>la valeur par défaut du démon (private)</translation>
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
        <translation>celui du démon (remappé si défini)</translation>
    </message>
    <message>
        <source>No network at all (NetworkDisabled)</source>
        <translation>Aucun réseau (NetworkDisabled)</translation>
    </message>
    <message>
        <source>Privileges and capabilities</source>
        <translation>Privilèges et capacités</translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation>Privilégié</translation>
    </message>
    <message>
        <source>Add capabilities</source>
        <translation>Ajouter des capacités</translation>
    </message>
    <message>
        <source>Drop capabilities</source>
        <translation>Retirer des capacités</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Binds</source>
        <translation>Binds</translation>
    </message>
    <message>
        <source>SOURCE:DEST[:OPTIONS]</source>
        <translation>SOURCE:DEST[:OPTIONS]</translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation>Montages</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
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
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Read-only root filesystem</source>
        <translation>Système de fichiers racine en lecture seule</translation>
    </message>
    <message>
        <source>/dev/shm size</source>
        <translation>Taille de /dev/shm</translation>
    </message>
    <message>
        <source>the daemon&apos;s (64m)</source>
        <translation>celle du démon (64m)</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Périphériques</translation>
    </message>
    <message>
        <source>Host path</source>
        <translation>Chemin sur l&apos;hôte</translation>
    </message>
    <message>
        <source>Container path</source>
        <translation>Chemin dans le conteneur</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Cgroup rules</source>
        <translation>Règles cgroup</translation>
    </message>
    <message>
        <source>TYPE MAJOR:MINOR ACCESS</source>
        <translation>TYPE MAJEUR:MINEUR ACCÈS</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimitée</translation>
    </message>
    <message>
        <source>Memory + swap</source>
        <translation>Mémoire + swap</translation>
    </message>
    <message>
        <source>twice the memory; -1 unlimited</source>
        <translation>deux fois la mémoire ; -1 illimité</translation>
    </message>
    <message>
        <source>Memory reservation</source>
        <translation>Réservation de mémoire</translation>
    </message>
    <message>
        <source>Swappiness</source>
        <translation>Swappiness</translation>
    </message>
    <message>
        <source>the kernel&apos;s</source>
        <translation>celle du noyau</translation>
    </message>
    <message>
        <source>OOM killer disabled</source>
        <translation>OOM killer désactivé</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>1.5 or nano-CPUs</source>
        <translation>1.5 ou nano-CPU</translation>
    </message>
    <message>
        <source>CPU shares</source>
        <translation>Parts de CPU</translation>
    </message>
    <message>
        <source>CPU period (µs)</source>
        <translation>Période CPU (µs)</translation>
    </message>
    <message>
        <source>CPU quota (µs)</source>
        <translation>Quota CPU (µs)</translation>
    </message>
    <message>
        <source>CPU set</source>
        <translation>Ensemble de CPU</translation>
    </message>
    <message>
        <source>Memory nodes</source>
        <translation>Nœuds mémoire</translation>
    </message>
    <message>
        <source>PIDs limit</source>
        <translation>Limite de PID</translation>
    </message>
    <message>
        <source>unlimited (0 or less too)</source>
        <translation>illimitée (0 ou moins aussi)</translation>
    </message>
    <message>
        <source>Block IO weight</source>
        <translation>Poids d&apos;E/S bloc</translation>
    </message>
    <message>
        <source>10 to 1000</source>
        <translation>10 à 1000</translation>
    </message>
    <message>
        <source>Cgroup parent</source>
        <translation>Cgroup parent</translation>
    </message>
    <message>
        <source>the daemon&apos;s</source>
        <translation>celui du démon</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Options: no-new-privileges, seccomp=unconfined or a profile, apparmor=PROFILE, label=user:USER / role / type / level / disable, systempaths=unconfined.</source>
        <translation>Options : no-new-privileges, seccomp=unconfined ou un profil, apparmor=PROFIL, label=user:UTILISATEUR / role / type / level / disable, systempaths=unconfined.</translation>
    </message>
    <message>
        <source>Security options</source>
        <translation>Options de sécurité</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Masked paths</source>
        <translation>Chemins masqués</translation>
    </message>
    <message>
        <source>Docker&apos;s defaults; [] for none</source>
        <translation>valeurs par défaut de Docker ; [] pour aucun</translation>
    </message>
    <message>
        <source>Read-only paths</source>
        <translation>Chemins en lecture seule</translation>
    </message>
    <message>
        <source>Init process</source>
        <translation>Processus init</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>Sysctls</source>
        <translation>Sysctls</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Ulimits</source>
        <translation>Ulimits</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>Souple</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Stricte</translation>
    </message>
    <message>
        <source>OOM score adjustment</source>
        <translation>Ajustement du score OOM</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Anonymous volumes</source>
        <translation>Volumes anonymes</translation>
    </message>
    <message>
        <source>Realtime period (µs)</source>
        <translation>Période temps réel (µs)</translation>
    </message>
    <message>
        <source>Realtime runtime (µs)</source>
        <translation>Durée temps réel (µs)</translation>
    </message>
    <message>
        <source>Block IO weight per device</source>
        <translation>Poids d&apos;E/S bloc par périphérique</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Read limit (bytes/s)</source>
        <translation>Limite de lecture (octets/s)</translation>
    </message>
    <message>
        <source>Write limit (bytes/s)</source>
        <translation>Limite d&apos;écriture (octets/s)</translation>
    </message>
    <message>
        <source>Read limit (IO/s)</source>
        <translation>Limite de lecture (E/S/s)</translation>
    </message>
    <message>
        <source>Write limit (IO/s)</source>
        <translation>Limite d&apos;écriture (E/S/s)</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
</context>
<context>
    <name>DiagnosticsProxyModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Input: %1</source>
        <translation>Entrée : %1</translation>
    </message>
    <message>
        <source>Spec: %1</source>
        <translation>Spécification : %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
</context>
<context>
    <name>DiffPanel</name>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>What the built spec is compared with</source>
        <translation>Ce à quoi la spécification produite est comparée</translation>
    </message>
    <message>
        <source>Docker&apos;s default spec</source>
        <translation>Spécification par défaut de Docker</translation>
    </message>
    <message>
        <source>Previous build</source>
        <translation>Construction précédente</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Fichier…</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>OCI runtime specs (*.json);;All Files (*)</source>
        <translation>Spécifications d&apos;exécution OCI (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No previous build yet: edit an input and what it changes in the spec shows here.</source>
        <translation>Pas encore de construction précédente : modifiez une entrée et ce qu&apos;elle change dans la spécification s&apos;affichera ici.</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1 : ouverture impossible : %2</translation>
    </message>
    <message>
        <source>%1 is not an OCI runtime spec (no ociVersion).</source>
        <translation>%1 n&apos;est pas une spécification d&apos;exécution OCI (pas d&apos;ociVersion).</translation>
    </message>
    <message>
        <source>No spec to compare: the scenario has errors, or Docker refuses it.</source>
        <translation>Aucune spécification à comparer : le scénario contient des erreurs, ou Docker le refuse.</translation>
    </message>
    <message>
        <source>No differences: the spec equals the baseline.</source>
        <translation>Aucune différence : la spécification est identique à la référence.</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Unified</source>
        <translation>Unifié</translation>
    </message>
    <message>
        <source>Show removed and added lines one below the other</source>
        <translation>Afficher les lignes retirées et ajoutées l&apos;une sous l&apos;autre</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Show the baseline on the left and the built spec on the right</source>
        <translation>Afficher la référence à gauche et la spécification produite à droite</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s): </source>
        <translation>
            <numerusform>%n modification : </numerusform>
            <numerusform>%n modifications : </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1 : ouverture impossible : %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>The document has no file name yet.</source>
        <translation>Le document n&apos;a pas encore de nom de fichier.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <source>%1: cannot write: the folder %2 does not exist (any more).</source>
        <translation>%1 : écriture impossible : le dossier %2 n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>%1: cannot write: %2 is not a folder.</source>
        <translation>%1 : écriture impossible : %2 n&apos;est pas un dossier.</translation>
    </message>
</context>
<context>
    <name>EngineForm</name>
    <message>
        <source>Daemon</source>
        <translation>Démon</translation>
    </message>
    <message>
        <source>dockerd&apos;s settings this container is created under.</source>
        <translation>Les réglages de dockerd sous lesquels ce conteneur est créé.</translation>
    </message>
    <message>
        <source>Data root</source>
        <translation>Racine des données</translation>
    </message>
    <message>
        <source>Cgroup driver</source>
        <translation>Pilote cgroup</translation>
    </message>
    <message>
        <source>Default (cgroupfs)</source>
        <translation>Par défaut (cgroupfs)</translation>
    </message>
    <message>
        <source>Cgroup version</source>
        <translation>Version de cgroup</translation>
    </message>
    <message>
        <source>Default (2)</source>
        <translation>Par défaut (2)</translation>
    </message>
    <message>
        <source>Cgroup parent</source>
        <translation>Cgroup parent</translation>
    </message>
    <message>
        <source>Default cgroup namespace</source>
        <translation>Espace de noms cgroup par défaut</translation>
    </message>
    <message>
        <source>Default (private)</source>
        <translation>Par défaut (private)</translation>
    </message>
    <message>
        <source>Default IPC mode</source>
        <translation>Mode IPC par défaut</translation>
    </message>
    <message>
        <source>Default /dev/shm size</source>
        <translation>Taille de /dev/shm par défaut</translation>
    </message>
    <message>
        <source>No new privileges for every container</source>
        <translation>Aucun nouveau privilège pour tous les conteneurs</translation>
    </message>
    <message>
        <source>Time namespaces</source>
        <translation>Espaces de noms de temps</translation>
    </message>
    <message>
        <source>Seccomp supported</source>
        <translation>Seccomp pris en charge</translation>
    </message>
    <message>
        <source>Seccomp profile</source>
        <translation>Profil seccomp</translation>
    </message>
    <message>
        <source>docker-init path</source>
        <translation>Chemin de docker-init</translation>
    </message>
    <message>
        <source>User namespace remapping</source>
        <translation>Remappage de l&apos;espace de noms utilisateur</translation>
    </message>
    <message>
        <source>Ranges present mean userns-remap is on.</source>
        <translation>La présence de plages signifie que userns-remap est actif.</translation>
    </message>
    <message>
        <source>Container ID</source>
        <translation>ID dans le conteneur</translation>
    </message>
    <message>
        <source>Host ID</source>
        <translation>ID sur l&apos;hôte</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>UID ranges</source>
        <translation>Plages d&apos;UID</translation>
    </message>
    <message>
        <source>GID ranges</source>
        <translation>Plages de GID</translation>
    </message>
    <message>
        <source>Other containers</source>
        <translation>Autres conteneurs</translation>
    </message>
    <message>
        <source>Containers this one may join with container:NAME.</source>
        <translation>Conteneurs que celui-ci peut rejoindre avec container:NOM.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>En cours</translation>
    </message>
    <message>
        <source>IPC mode</source>
        <translation>Mode IPC</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>The image&apos;s /etc/passwd and /etc/group, for User and GroupAdd.</source>
        <translation>Les fichiers /etc/passwd et /etc/group de l&apos;image, pour User et GroupAdd.</translation>
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
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>64 hex digits</source>
        <translation>64 chiffres hexadécimaux</translation>
    </message>
</context>
<context>
    <name>Examples</name>
    <message>
        <source>New &amp;Plugin (FUSE volume, sshfs)</source>
        <translation>Nouveau &amp;plugin (volume FUSE, sshfs)</translation>
    </message>
    <message>
        <source>New &amp;Container (nginx)</source>
        <translation>Nouveau &amp;conteneur (nginx)</translation>
    </message>
</context>
<context>
    <name>FieldHelp</name>
    <message>
        <source>Free text for users of the plugin; it does not reach the spec.</source>
        <translation>Texte libre pour les utilisateurs du plugin ; il n&apos;atteint pas la spécification.</translation>
    </message>
    <message>
        <source>Whether the scenario is a managed plugin (“plugin”) or a container (“container”).</source>
        <translation>Indique si le scénario est un plugin géré (« plugin ») ou un conteneur (« container »).</translation>
    </message>
    <message>
        <source>The 64-hex-digit id Docker gives the plugin or container; the rootfs, cgroups, runtime and network-file paths derive from it, and a container&apos;s default hostname is its first 12 digits.</source>
        <translation>L&apos;identifiant de 64 chiffres hexadécimaux que Docker donne au plugin ou au conteneur ; les chemins du rootfs, des cgroups, d&apos;exécution et des fichiers réseau en dérivent, et le nom d&apos;hôte par défaut d&apos;un conteneur en est les 12 premiers chiffres.</translation>
    </message>
    <message>
        <source>A host profile embedded in the scenario (host.json format); an explicit one (--host) wins, a probe of this machine stands in when there is none.</source>
        <translation>Un profil d&apos;hôte intégré au scénario (format host.json) ; un profil explicite (--host) l&apos;emporte, et l&apos;examen de cette machine le remplace en son absence.</translation>
    </message>
    <message>
        <source>The app&apos;s own state (baseline, open panels); never part of the build.</source>
        <translation>L&apos;état propre de l&apos;application (référence, panneaux ouverts) ; jamais pris en compte par la construction.</translation>
    </message>
    <message>
        <source>The plugin&apos;s root filesystem on the host (/var/lib/docker/plugins/&lt;id&gt;/rootfs); it becomes root.path, and the propagated mount comes from its parent folder.</source>
        <translation>Le système de fichiers racine du plugin sur l&apos;hôte (/var/lib/docker/plugins/&lt;id&gt;/rootfs) ; il devient root.path, et le montage propagé vient de son dossier parent.</translation>
    </message>
    <message>
        <source>The daemon&apos;s plugin exec root; the plugin&apos;s runtime folder &lt;execRoot&gt;/&lt;id&gt; is bind-mounted at /run/docker/plugins.</source>
        <translation>La racine d&apos;exécution des plugins du démon ; le dossier d&apos;exécution du plugin &lt;execRoot&gt;/&lt;id&gt; est monté (bind) sur /run/docker/plugins.</translation>
    </message>
    <message>
        <source>`docker plugin set` arguments applied after install, in order: NAME=value, NAME.field=value, args=value.</source>
        <translation>Arguments de `docker plugin set` appliqués après l&apos;installation, dans l&apos;ordre : NOM=valeur, NOM.champ=valeur, args=valeur.</translation>
    </message>
    <message>
        <source>The plugin&apos;s config.json as its author wrote it; keys match case-insensitively, as Go decodes them.</source>
        <translation>Le config.json du plugin tel que son auteur l&apos;a écrit ; les clés sont reconnues sans tenir compte de la casse, comme Go les décode.</translation>
    </message>
    <message>
        <source>Shown by docker plugin ls and inspect; it does not reach the spec.</source>
        <translation>Affiché par docker plugin ls et inspect ; n&apos;atteint pas la spécification.</translation>
    </message>
    <message>
        <source>A link to the plugin&apos;s documentation; it does not reach the spec.</source>
        <translation>Un lien vers la documentation du plugin ; n&apos;atteint pas la spécification.</translation>
    </message>
    <message>
        <source>How Docker talks to the plugin: the socket it creates and the plugin types it implements.</source>
        <translation>Comment Docker communique avec le plugin : la socket qu&apos;il crée et les types de plugin qu&apos;il implémente.</translation>
    </message>
    <message>
        <source>The plugin types it implements, such as docker.volumedriver/1.0; a metrics collector gets an extra socket mount.</source>
        <translation>Les types de plugin qu&apos;il implémente, comme docker.volumedriver/1.0 ; un collecteur de métriques reçoit un montage de socket supplémentaire.</translation>
    </message>
    <message>
        <source>The socket the plugin creates in /run/docker/plugins; it does not change the spec.</source>
        <translation>La socket que le plugin crée dans /run/docker/plugins ; ne change pas la spécification.</translation>
    </message>
    <message>
        <source>The protocol spoken on the socket (moby.plugins.http/v1 when empty); it does not change the spec.</source>
        <translation>Le protocole parlé sur la socket (moby.plugins.http/v1 si vide) ; ne change pas la spécification.</translation>
    </message>
    <message>
        <source>The command that starts the plugin; the args setting is appended to it.</source>
        <translation>La commande qui démarre le plugin ; le réglage args y est ajouté.</translation>
    </message>
    <message>
        <source>The working folder of the plugin&apos;s process; “/” when empty.</source>
        <translation>Le dossier de travail du processus du plugin ; « / » si vide.</translation>
    </message>
    <message>
        <source>The uid and gid the author declares; Docker 29.7.2 does not apply them: the process runs as root.</source>
        <translation>L&apos;uid et le gid déclarés par l&apos;auteur ; Docker 29.7.2 ne les applique pas : le processus tourne en root.</translation>
    </message>
    <message>
        <source>The plugin&apos;s network.</source>
        <translation>Le réseau du plugin.</translation>
    </message>
    <message>
        <source>“host” removes the network namespace; any non-empty type bind-mounts the host&apos;s /etc/hosts and /etc/resolv.conf read-only.</source>
        <translation>« host » retire l&apos;espace de noms réseau ; tout type non vide monte (bind) en lecture seule les fichiers /etc/hosts et /etc/resolv.conf de l&apos;hôte.</translation>
    </message>
    <message>
        <source>Linux privileges the plugin asks for; users grant them at install.</source>
        <translation>Les privilèges Linux que demande le plugin ; les utilisateurs les accordent à l&apos;installation.</translation>
    </message>
    <message>
        <source>Capabilities appended to all four sets, after Docker&apos;s defaults, duplicates kept.</source>
        <translation>Capacités ajoutées aux quatre ensembles, après celles de Docker, doublons conservés.</translation>
    </message>
    <message>
        <source>Replaces the device cgroup rules with one rule that allows every device (rwm).</source>
        <translation>Remplace les règles cgroup des périphériques par une règle qui autorise tous les périphériques (rwm).</translation>
    </message>
    <message>
        <source>Host devices the plugin uses: each becomes a linux.devices entry and an allow rule (rwm); a folder adds every device under it.</source>
        <translation>Les périphériques de l&apos;hôte qu&apos;utilise le plugin : chacun devient une entrée de linux.devices et une règle d&apos;autorisation (rwm) ; un dossier ajoute tous les périphériques qu&apos;il contient.</translation>
    </message>
    <message>
        <source>The name `docker plugin set` uses for it.</source>
        <translation>Le nom qu&apos;utilise `docker plugin set` pour le désigner.</translation>
    </message>
    <message>
        <source>The host device node (or folder of nodes) to expose.</source>
        <translation>Le nœud de périphérique de l&apos;hôte (ou dossier de nœuds) à exposer.</translation>
    </message>
    <message>
        <source>The fields `docker plugin set` may change (“path”).</source>
        <translation>Les champs que `docker plugin set` peut changer (« path »).</translation>
    </message>
    <message>
        <source>Mounts appended after Docker&apos;s; a /dev/… destination replaces Docker&apos;s own mount there.</source>
        <translation>Montages ajoutés après ceux de Docker ; une destination /dev/… remplace le montage de Docker à cet endroit.</translation>
    </message>
    <message>
        <source>The host path to mount; null makes Docker refuse (“mount source is not specified”).</source>
        <translation>Le chemin de l&apos;hôte à monter ; null fait refuser Docker (« mount source is not specified »).</translation>
    </message>
    <message>
        <source>Where the mount appears inside the plugin.</source>
        <translation>L&apos;endroit où le montage apparaît dans le plugin.</translation>
    </message>
    <message>
        <source>The mount type, such as bind or tmpfs.</source>
        <translation>Le type de montage, comme bind ou tmpfs.</translation>
    </message>
    <message>
        <source>Mount options, such as rbind or ro.</source>
        <translation>Les options de montage, comme rbind ou ro.</translation>
    </message>
    <message>
        <source>The fields `docker plugin set` may change (“source”).</source>
        <translation>Les champs que `docker plugin set` peut changer (« source »).</translation>
    </message>
    <message>
        <source>Environment variables: each with a value becomes NAME=value, after PATH.</source>
        <translation>Variables d&apos;environnement : chacune avec une valeur devient NOM=valeur, après PATH.</translation>
    </message>
    <message>
        <source>The variable&apos;s name, which `docker plugin set` uses too.</source>
        <translation>Le nom de la variable, qu&apos;utilise aussi `docker plugin set`.</translation>
    </message>
    <message>
        <source>The value at install; null leaves the variable out.</source>
        <translation>La valeur à l&apos;installation ; null omet la variable.</translation>
    </message>
    <message>
        <source>The fields `docker plugin set` may change (“value”).</source>
        <translation>Les champs que `docker plugin set` peut changer (« value »).</translation>
    </message>
    <message>
        <source>Arguments appended to the entrypoint.</source>
        <translation>Arguments ajoutés au point d&apos;entrée.</translation>
    </message>
    <message>
        <source>The arguments at install; a value given to `docker plugin set` is split on single spaces.</source>
        <translation>Les arguments à l&apos;installation ; une valeur donnée à `docker plugin set` est découpée à chaque espace.</translation>
    </message>
    <message>
        <source>A path inside the plugin whose mounts propagate to the host: bind-mounted rshared from the propagated-mount folder beside the rootfs, and the rootfs propagation becomes rshared.</source>
        <translation>Un chemin dans le plugin dont les montages se propagent à l&apos;hôte : monté (bind) en rshared depuis le dossier propagated-mount à côté du rootfs, et la propagation du rootfs devient rshared.</translation>
    </message>
    <message>
        <source>true: the plugin shares the host&apos;s IPC namespace (the ipc namespace is removed).</source>
        <translation>true : le plugin partage l&apos;espace de noms IPC de l&apos;hôte (l&apos;espace de noms ipc est retiré).</translation>
    </message>
    <message>
        <source>true: the plugin shares the host&apos;s PID namespace (the pid namespace is removed).</source>
        <translation>true : le plugin partage l&apos;espace de noms PID de l&apos;hôte (l&apos;espace de noms pid est retiré).</translation>
    </message>
    <message>
        <source>The image layers (type and diff_ids); they do not reach the spec.</source>
        <translation>Les couches de l&apos;image (type et diff_ids) ; elles n&apos;atteignent pas la spécification.</translation>
    </message>
    <message>
        <source>The Docker version that built the plugin; informational.</source>
        <translation>La version de Docker qui a construit le plugin ; à titre indicatif.</translation>
    </message>
    <message>
        <source>The container&apos;s name; links and container: modes of other containers refer to it.</source>
        <translation>Le nom du conteneur ; les liens et les modes container: d&apos;autres conteneurs s&apos;y réfèrent.</translation>
    </message>
    <message>
        <source>The image&apos;s /etc/passwd and /etc/group, used to resolve User and GroupAdd.</source>
        <translation>Les fichiers /etc/passwd et /etc/group de l&apos;image, pour résoudre User et GroupAdd.</translation>
    </message>
    <message>
        <source>The daemon&apos;s settings (what dockerd&apos;s flags and daemon.json set) and the containers it knows.</source>
        <translation>Les réglages du démon (ce que fixent les options de dockerd et daemon.json) et les conteneurs qu&apos;il connaît.</translation>
    </message>
    <message>
        <source>The daemon&apos;s data root; rootfs, volumes and network files live under it.</source>
        <translation>La racine des données du démon ; rootfs, volumes et fichiers réseau s&apos;y trouvent.</translation>
    </message>
    <message>
        <source>cgroupfs gives /docker/&lt;id&gt;, systemd gives system.slice:docker:&lt;id&gt;.</source>
        <translation>cgroupfs donne /docker/&lt;id&gt;, systemd donne system.slice:docker:&lt;id&gt;.</translation>
    </message>
    <message>
        <source>The host&apos;s cgroup version: it decides which resource settings survive and, on v1, gives privileged containers the host&apos;s cgroup namespace.</source>
        <translation>La version de cgroup de l&apos;hôte : elle décide quels réglages de ressources subsistent et, en v1, donne aux conteneurs privilégiés l&apos;espace de noms cgroup de l&apos;hôte.</translation>
    </message>
    <message>
        <source>The daemon-wide parent cgroup.</source>
        <translation>Le cgroup parent commun à tout le démon.</translation>
    </message>
    <message>
        <source>The cgroup namespace mode of containers that set none.</source>
        <translation>Le mode d&apos;espace de noms cgroup des conteneurs qui n&apos;en fixent pas.</translation>
    </message>
    <message>
        <source>The IPC mode of containers that set none.</source>
        <translation>Le mode IPC des conteneurs qui n&apos;en fixent pas.</translation>
    </message>
    <message>
        <source>The size of /dev/shm for containers that set none.</source>
        <translation>La taille de /dev/shm des conteneurs qui n&apos;en fixent pas.</translation>
    </message>
    <message>
        <source>No new privileges for every container.</source>
        <translation>Aucun nouveau privilège pour tous les conteneurs.</translation>
    </message>
    <message>
        <source>Resource limits of containers that set none.</source>
        <translation>Limites de ressources des conteneurs qui n&apos;en fixent pas.</translation>
    </message>
    <message>
        <source>User-namespace remapping ranges; present means remapping is on.</source>
        <translation>Plages de remappage de l&apos;espace de noms utilisateur ; leur présence active le remappage.</translation>
    </message>
    <message>
        <source>Whether the kernel has time namespaces.</source>
        <translation>Indique si le noyau a des espaces de noms de temps.</translation>
    </message>
    <message>
        <source>Whether the kernel supports seccomp.</source>
        <translation>Indique si le noyau prend en charge seccomp.</translation>
    </message>
    <message>
        <source>The daemon&apos;s seccomp profile: “unconfined” or a profile in Docker&apos;s format.</source>
        <translation>Le profil seccomp du démon : « unconfined » ou un profil au format de Docker.</translation>
    </message>
    <message>
        <source>Other containers this one may join (container: modes, links, volumes-from).</source>
        <translation>Autres conteneurs que celui-ci peut rejoindre (modes container:, liens, volumes-from).</translation>
    </message>
    <message>
        <source>The docker-init binary mounted for Init.</source>
        <translation>Le binaire docker-init monté pour Init.</translation>
    </message>
    <message>
        <source>The Engine API ContainerConfig: command, environment, user and the other process settings.</source>
        <translation>Le ContainerConfig de l&apos;API Engine : commande, environnement, utilisateur et autres réglages du processus.</translation>
    </message>
    <message>
        <source>The command, appended to the entrypoint.</source>
        <translation>La commande, ajoutée au point d&apos;entrée.</translation>
    </message>
    <message>
        <source>The program run first; [&quot;&quot;] resets it.</source>
        <translation>Le programme lancé en premier ; [&quot;&quot;] le réinitialise.</translation>
    </message>
    <message>
        <source>Environment variables NAME=value, after PATH and HOSTNAME.</source>
        <translation>Variables d&apos;environnement NOM=valeur, après PATH et HOSTNAME.</translation>
    </message>
    <message>
        <source>user[:group], names resolved in the image&apos;s passwd and group files.</source>
        <translation>utilisateur[:groupe] ; les noms sont résolus dans les fichiers passwd et group de l&apos;image.</translation>
    </message>
    <message>
        <source>The working folder; it must be absolute, and Docker cleans it.</source>
        <translation>Le dossier de travail ; il doit être absolu, et Docker le normalise.</translation>
    </message>
    <message>
        <source>The container&apos;s hostname; by default the first 12 digits of its id.</source>
        <translation>Le nom d&apos;hôte du conteneur ; par défaut les 12 premiers chiffres de son identifiant.</translation>
    </message>
    <message>
        <source>The container&apos;s NIS domain name.</source>
        <translation>Le nom de domaine NIS du conteneur.</translation>
    </message>
    <message>
        <source>Allocates a terminal: terminal true and TERM=xterm.</source>
        <translation>Alloue un terminal : terminal true et TERM=xterm.</translation>
    </message>
    <message>
        <source>Keeps standard input open; it does not change the spec.</source>
        <translation>Garde l&apos;entrée standard ouverte ; ne change pas la spécification.</translation>
    </message>
    <message>
        <source>No network sandbox: the network files are not mounted.</source>
        <translation>Pas de bac à sable réseau : les fichiers réseau ne sont pas montés.</translation>
    </message>
    <message>
        <source>The image; its own config is not known here (Docker merges it in first).</source>
        <translation>L&apos;image ; sa propre configuration n&apos;est pas connue ici (Docker la fusionne d&apos;abord).</translation>
    </message>
    <message>
        <source>Anonymous volumes, each mounted from a new volume.</source>
        <translation>Volumes anonymes, chacun monté depuis un nouveau volume.</translation>
    </message>
    <message>
        <source>Labels; they do not reach the spec.</source>
        <translation>Étiquettes ; elles n&apos;atteignent pas la spécification.</translation>
    </message>
    <message>
        <source>The signal that stops the container; not in the spec.</source>
        <translation>Le signal qui arrête le conteneur ; absent de la spécification.</translation>
    </message>
    <message>
        <source>Exposed ports; they do not reach the spec.</source>
        <translation>Ports exposés ; ils n&apos;atteignent pas la spécification.</translation>
    </message>
    <message>
        <source>The health check; not in the spec.</source>
        <translation>Le contrôle de santé ; absent de la spécification.</translation>
    </message>
    <message>
        <source>The Engine API HostConfig, as sent to POST /containers/create.</source>
        <translation>Le HostConfig de l&apos;API Engine, tel qu&apos;envoyé à POST /containers/create.</translation>
    </message>
    <message>
        <source>Bind mounts and named volumes, source:destination[:options]; read-only binds become rro when the kernel supports it.</source>
        <translation>Montages bind et volumes nommés, source:destination[:options] ; les binds en lecture seule deviennent rro si le noyau le permet.</translation>
    </message>
    <message>
        <source>Mounts in the long syntax: bind, volume or tmpfs.</source>
        <translation>Montages en syntaxe longue : bind, volume ou tmpfs.</translation>
    </message>
    <message>
        <source>tmpfs mounts: path → options.</source>
        <translation>Montages tmpfs : chemin → options.</translation>
    </message>
    <message>
        <source>Mounts taken over from other containers.</source>
        <translation>Montages repris d&apos;autres conteneurs.</translation>
    </message>
    <message>
        <source>The driver of named volumes.</source>
        <translation>Le pilote des volumes nommés.</translation>
    </message>
    <message>
        <source>Capabilities added to Docker&apos;s default set; ALL adds every capability the host has.</source>
        <translation>Capacités ajoutées à l&apos;ensemble par défaut de Docker ; ALL ajoute toutes les capacités de l&apos;hôte.</translation>
    </message>
    <message>
        <source>Capabilities removed from the set; ALL starts from none.</source>
        <translation>Capacités retirées de l&apos;ensemble ; ALL part de zéro.</translation>
    </message>
    <message>
        <source>Every capability and host device, no masked or read-only paths.</source>
        <translation>Toutes les capacités et tous les périphériques de l&apos;hôte, aucun chemin masqué ou en lecture seule.</translation>
    </message>
    <message>
        <source>Mounts the root filesystem read-only.</source>
        <translation>Monte le système de fichiers racine en lecture seule.</translation>
    </message>
    <message>
        <source>bridge, host, none or container:NAME; host and container: share that network namespace.</source>
        <translation>bridge, host, none ou container:NOM ; host et container: partagent cet espace de noms réseau.</translation>
    </message>
    <message>
        <source>private, shareable, host, none or container:NAME: the IPC namespace and /dev/shm.</source>
        <translation>private, shareable, host, none ou container:NOM : l&apos;espace de noms IPC et /dev/shm.</translation>
    </message>
    <message>
        <source>host or container:NAME shares that PID namespace.</source>
        <translation>host ou container:NOM partage cet espace de noms PID.</translation>
    </message>
    <message>
        <source>host shares the host&apos;s UTS namespace and hostname.</source>
        <translation>host partage l&apos;espace de noms UTS et le nom de l&apos;hôte.</translation>
    </message>
    <message>
        <source>host turns user-namespace remapping off for this container.</source>
        <translation>host désactive le remappage de l&apos;espace de noms utilisateur pour ce conteneur.</translation>
    </message>
    <message>
        <source>A private or the host&apos;s cgroup namespace.</source>
        <translation>Un espace de noms cgroup privé ou celui de l&apos;hôte.</translation>
    </message>
    <message>
        <source>The container&apos;s parent cgroup.</source>
        <translation>Le cgroup parent du conteneur.</translation>
    </message>
    <message>
        <source>no-new-privileges, seccomp=…, apparmor=…, label=…, writable-cgroups=…</source>
        <translation>no-new-privileges, seccomp=…, apparmor=…, label=…, writable-cgroups=…</translation>
    </message>
    <message>
        <source>Host devices, host[:container[:permissions]], each with an allow rule.</source>
        <translation>Périphériques de l&apos;hôte, hôte[:conteneur[:permissions]], chacun avec une règle d&apos;autorisation.</translation>
    </message>
    <message>
        <source>Extra device cgroup rules, such as “c 13:* rwm”.</source>
        <translation>Règles cgroup de périphériques supplémentaires, comme « c 13:* rwm ».</translation>
    </message>
    <message>
        <source>Device requests (GPUs); a runtime hook handles them.</source>
        <translation>Demandes de périphériques (GPU) ; un hook de l&apos;environnement d&apos;exécution les traite.</translation>
    </message>
    <message>
        <source>Kernel parameters set inside the container.</source>
        <translation>Paramètres du noyau fixés dans le conteneur.</translation>
    </message>
    <message>
        <source>Resource limits (RLIMIT_…), soft and hard.</source>
        <translation>Limites de ressources (RLIMIT_…), souple et stricte.</translation>
    </message>
    <message>
        <source>Memory limit in bytes (at least 6 MB).</source>
        <translation>Limite de mémoire en octets (au moins 6 Mo).</translation>
    </message>
    <message>
        <source>Memory plus swap in bytes; 0 with a memory limit means twice the limit, -1 unlimited.</source>
        <translation>Mémoire plus swap en octets ; 0 avec une limite de mémoire signifie deux fois la limite, -1 illimité.</translation>
    </message>
    <message>
        <source>Soft memory limit in bytes.</source>
        <translation>Limite de mémoire souple en octets.</translation>
    </message>
    <message>
        <source>0 to 100; discarded on cgroup v2.</source>
        <translation>0 à 100 ; ignoré en cgroup v2.</translation>
    </message>
    <message>
        <source>Turns the OOM killer off; discarded on cgroup v2.</source>
        <translation>Désactive l&apos;OOM killer ; ignoré en cgroup v2.</translation>
    </message>
    <message>
        <source>-1000 to 1000: how readily the OOM killer picks the process.</source>
        <translation>-1000 à 1000 : la facilité avec laquelle l&apos;OOM killer choisit le processus.</translation>
    </message>
    <message>
        <source>Maximum number of processes; 0 or less is unlimited.</source>
        <translation>Nombre maximal de processus ; 0 ou moins signifie illimité.</translation>
    </message>
    <message>
        <source>Relative CPU weight.</source>
        <translation>Poids CPU relatif.</translation>
    </message>
    <message>
        <source>CFS period in microseconds.</source>
        <translation>Période CFS en microsecondes.</translation>
    </message>
    <message>
        <source>CFS quota in microseconds per period.</source>
        <translation>Quota CFS en microsecondes par période.</translation>
    </message>
    <message>
        <source>CPUs in billionths: a 100 ms period and the matching quota; not with CpuPeriod or CpuQuota.</source>
        <translation>CPU en milliardièmes : une période de 100 ms et le quota correspondant ; pas avec CpuPeriod ni CpuQuota.</translation>
    </message>
    <message>
        <source>Real-time period in microseconds (needs kernel support).</source>
        <translation>Période temps réel en microsecondes (nécessite la prise en charge du noyau).</translation>
    </message>
    <message>
        <source>Real-time runtime in microseconds (needs kernel support).</source>
        <translation>Durée temps réel en microsecondes (nécessite la prise en charge du noyau).</translation>
    </message>
    <message>
        <source>The CPUs allowed, such as 0-3 or 0,2; they must exist on the host.</source>
        <translation>Les CPU autorisés, comme 0-3 ou 0,2 ; ils doivent exister sur l&apos;hôte.</translation>
    </message>
    <message>
        <source>The memory nodes allowed; they must exist on the host.</source>
        <translation>Les nœuds mémoire autorisés ; ils doivent exister sur l&apos;hôte.</translation>
    </message>
    <message>
        <source>Block I/O weight, 10 to 1000.</source>
        <translation>Poids d&apos;E/S bloc, de 10 à 1000.</translation>
    </message>
    <message>
        <source>Block I/O weight per device.</source>
        <translation>Poids d&apos;E/S bloc par périphérique.</translation>
    </message>
    <message>
        <source>Read limit per device, in bytes per second.</source>
        <translation>Limite de lecture par périphérique, en octets par seconde.</translation>
    </message>
    <message>
        <source>Write limit per device, in bytes per second.</source>
        <translation>Limite d&apos;écriture par périphérique, en octets par seconde.</translation>
    </message>
    <message>
        <source>Read limit per device, in operations per second.</source>
        <translation>Limite de lecture par périphérique, en opérations par seconde.</translation>
    </message>
    <message>
        <source>Write limit per device, in operations per second.</source>
        <translation>Limite d&apos;écriture par périphérique, en opérations par seconde.</translation>
    </message>
    <message>
        <source>Size of /dev/shm in bytes.</source>
        <translation>Taille de /dev/shm en octets.</translation>
    </message>
    <message>
        <source>Extra groups, by name (from the image&apos;s group file) or number.</source>
        <translation>Groupes supplémentaires, par nom (du fichier group de l&apos;image) ou par numéro.</translation>
    </message>
    <message>
        <source>Runs docker-init as PID 1 (with a private PID namespace), mounted read-only.</source>
        <translation>Lance docker-init comme PID 1 (avec un espace de noms PID privé), monté en lecture seule.</translation>
    </message>
    <message>
        <source>Links to other containers (legacy); on the default bridge they must be running.</source>
        <translation>Liens vers d&apos;autres conteneurs (obsolète) ; sur le bridge par défaut, ils doivent être en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>Extra lines for /etc/hosts; Docker writes that file, it is not part of the spec.</source>
        <translation>Lignes supplémentaires pour /etc/hosts ; Docker écrit ce fichier, il ne fait pas partie de la spécification.</translation>
    </message>
    <message>
        <source>Name servers for /etc/resolv.conf; not part of the spec.</source>
        <translation>Serveurs de noms pour /etc/resolv.conf ; hors de la spécification.</translation>
    </message>
    <message>
        <source>Resolver options for /etc/resolv.conf; not part of the spec.</source>
        <translation>Options du résolveur pour /etc/resolv.conf ; hors de la spécification.</translation>
    </message>
    <message>
        <source>Search domains for /etc/resolv.conf; not part of the spec.</source>
        <translation>Domaines de recherche pour /etc/resolv.conf ; hors de la spécification.</translation>
    </message>
    <message>
        <source>Paths hidden in the container; Docker&apos;s defaults when absent, none when privileged.</source>
        <translation>Chemins masqués dans le conteneur ; ceux de Docker en l&apos;absence de réglage, aucun en mode privilégié.</translation>
    </message>
    <message>
        <source>Paths mounted read-only; Docker&apos;s defaults when absent, none when privileged.</source>
        <translation>Chemins montés en lecture seule ; ceux de Docker en l&apos;absence de réglage, aucun en mode privilégié.</translation>
    </message>
    <message>
        <source>Annotations handed to the runtime.</source>
        <translation>Annotations transmises à l&apos;environnement d&apos;exécution.</translation>
    </message>
    <message>
        <source>Height and width of the terminal (with Tty); the docker client sends its own.</source>
        <translation>Hauteur et largeur du terminal (avec Tty) ; le client docker envoie les siennes.</translation>
    </message>
    <message>
        <source>The OCI runtime to run the spec with; it does not change it.</source>
        <translation>L&apos;environnement d&apos;exécution OCI qui exécute la spécification ; il ne la change pas.</translation>
    </message>
    <message>
        <source>When Docker restarts the container; not in the spec.</source>
        <translation>Quand Docker redémarre le conteneur ; absent de la spécification.</translation>
    </message>
    <message>
        <source>Removes the container when it exits; not in the spec.</source>
        <translation>Supprime le conteneur quand il se termine ; absent de la spécification.</translation>
    </message>
    <message>
        <source>Logging; not in the spec.</source>
        <translation>Journalisation ; absente de la spécification.</translation>
    </message>
    <message>
        <source>Published ports; the network handles them, not the spec.</source>
        <translation>Ports publiés ; le réseau les gère, pas la spécification.</translation>
    </message>
    <message>
        <source>Publishes every exposed port; not in the spec.</source>
        <translation>Publie tous les ports exposés ; absent de la spécification.</translation>
    </message>
    <message>
        <source>Storage driver options; not in the spec.</source>
        <translation>Options du pilote de stockage ; absentes de la spécification.</translation>
    </message>
    <message>
        <source>Windows isolation; ignored on Linux.</source>
        <translation>Isolation Windows ; ignorée sous Linux.</translation>
    </message>
    <message>
        <source>Used by the docker client only.</source>
        <translation>Utilisé par le client docker seulement.</translation>
    </message>
    <message>
        <source>Spec: %1</source>
        <translation>Spécification : %1</translation>
    </message>
    <message>
        <source>Docker: %1</source>
        <translation>Docker : %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in text</source>
        <translation>Rechercher dans le texte</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>Occurrences : %1</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
</context>
<context>
    <name>FormBuilder</name>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message numerus="yes">
        <source>(%n more in the Warnings panel)</source>
        <translation>
            <numerusform>(%n autre dans le panneau Avertissements)</numerusform>
            <numerusform>(%n autres dans le panneau Avertissements)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show in Spec</source>
        <translation>Afficher dans la spécification</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Go to a section of the form</source>
        <translation>Aller à une section du formulaire</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Section :</translation>
    </message>
</context>
<context>
    <name>HostPanel</name>
    <message>
        <source>&amp;Embed in Scenario</source>
        <translation>&amp;Intégrer au scénario</translation>
    </message>
    <message>
        <source>&amp;Remove from Scenario</source>
        <translation>&amp;Retirer du scénario</translation>
    </message>
    <message>
        <source>Use &amp;Default</source>
        <translation>Utiliser la valeur par &amp;défaut</translation>
    </message>
    <message>
        <source>Docker consults facts about its host: capabilities, device nodes, sysctls, CPUs, AppArmor. The spec is built for this host:</source>
        <translation>Docker consulte des caractéristiques de son hôte : capacités, nœuds de périphériques, sysctls, CPU, AppArmor. La spécification est construite pour cet hôte :</translation>
    </message>
    <message>
        <source>&amp;Load host.json…</source>
        <translation>&amp;Charger host.json…</translation>
    </message>
    <message>
        <source>Build for the host a host.json describes (as ocispec --host); it wins over the scenario&apos;s own</source>
        <translation>Construire pour l&apos;hôte que décrit un host.json (comme ocispec --host) ; il l&apos;emporte sur celui du scénario</translation>
    </message>
    <message>
        <source>&amp;Probe This Machine</source>
        <translation>E&amp;xaminer cette machine</translation>
    </message>
    <message>
        <source>Build for this machine: its devices, capabilities and sysctls</source>
        <translation>Construire pour cette machine : ses périphériques, capacités et sysctls</translation>
    </message>
    <message>
        <source>The scenario&apos;s embedded host, else the preferences&apos; profile, else this machine</source>
        <translation>L&apos;hôte intégré au scénario, sinon le profil des préférences, sinon cette machine</translation>
    </message>
    <message>
        <source>Copy the loaded host.json into the scenario&apos;s &quot;host&quot;, so it travels with the file</source>
        <translation>Copier le host.json chargé dans la clé &quot;host&quot; du scénario, pour qu&apos;il accompagne le fichier</translation>
    </message>
    <message>
        <source>Remove the scenario&apos;s &quot;host&quot;</source>
        <translation>Retirer la clé &quot;host&quot; du scénario</translation>
    </message>
    <message>
        <source>Embed Host Profile</source>
        <translation>Intégrer le profil d&apos;hôte</translation>
    </message>
    <message>
        <source>Load Host Profile</source>
        <translation>Charger un profil d&apos;hôte</translation>
    </message>
    <message>
        <source>Host profiles (*.json);;All Files (*)</source>
        <translation>Profils d&apos;hôte (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>this machine (probe)</source>
        <translation>cette machine (examinée)</translation>
    </message>
    <message>
        <source>Load a host.json first.</source>
        <translation>Chargez d&apos;abord un host.json.</translation>
    </message>
    <message>
        <source>(not built yet)</source>
        <translation>(pas encore construit)</translation>
    </message>
    <message>
        <source>Host name %1, kernel %2; %3 capabilities, %4 device nodes, %5 CPUs (%6); AppArmor %7, SELinux %8.</source>
        <translation>Nom d&apos;hôte %1, noyau %2 ; %3 capacités, %4 nœuds de périphériques, %5 CPU (%6) ; AppArmor %7, SELinux %8.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>on</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>off</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>The scenario embeds its host profile (its &quot;host&quot; key; Raw tab).</source>
        <translation>Le scénario intègre son profil d&apos;hôte (sa clé &quot;host&quot; ; onglet Brut).</translation>
    </message>
</context>
<context>
    <name>HostProfileLoader</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1 : ouverture impossible : %2</translation>
    </message>
    <message>
        <source>%1: too large for a host profile</source>
        <translation>%1 : trop grand pour un profil d&apos;hôte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: not a host profile</source>
        <translation>%1 : pas un profil d&apos;hôte</translation>
    </message>
</context>
<context>
    <name>InputImport</name>
    <message>
        <source>Config.Hostname was derived by Docker for this network or UTS mode and is left out of the scenario.</source>
        <translation>Config.Hostname a été déduit par Docker pour ce mode réseau ou UTS et n&apos;est pas repris dans le scénario.</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scénario</translation>
    </message>
    <message>
        <source>OCI runtime spec (config.json)</source>
        <translation>spécification d&apos;exécution OCI (config.json)</translation>
    </message>
    <message>
        <source>docker inspect output</source>
        <translation>sortie de docker inspect</translation>
    </message>
    <message>
        <source>Engine API create body</source>
        <translation>corps de création de l&apos;API Engine</translation>
    </message>
    <message>
        <source>plugin manifest</source>
        <translation>manifeste de plugin</translation>
    </message>
    <message>
        <source>unrecognised file</source>
        <translation>fichier non reconnu</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1 : ouverture impossible : %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MiB) for a scenario, manifest or spec.</source>
        <translation>%1 est trop grand (%2 Mio) pour un scénario, un manifeste ou une spécification.</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON document (line %2, column %3: %4).</source>
        <translation>%1 n&apos;est pas un document JSON (ligne %2, colonne %3 : %4).</translation>
    </message>
    <message>
        <source>A plugin scenario was made around the manifest.</source>
        <translation>Un scénario de plugin a été créé autour du manifeste.</translation>
    </message>
    <message>
        <source>A container scenario was made around the %1.</source>
        <translation>Un scénario de conteneur a été créé autour de : %1.</translation>
    </message>
    <message>
        <source>%1 is JSON, but not a scenario (no “kind”), a plugin manifest, an Engine API create body (“HostConfig”), docker inspect output or an OCI config.json (“ociVersion”).</source>
        <translation>%1 est du JSON, mais ni un scénario (pas de « kind »), ni un manifeste de plugin, ni un corps de création de l&apos;API Engine (« HostConfig »), ni une sortie de docker inspect, ni un config.json OCI (« ociVersion »).</translation>
    </message>
    <message>
        <source>%1 is JSON, but neither an object nor docker inspect output (an array of containers with “Config” and “HostConfig”).</source>
        <translation>%1 est du JSON, mais ni un objet ni une sortie de docker inspect (un tableau de conteneurs avec « Config » et « HostConfig »).</translation>
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
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Advanced: the raw scenario, every key of it</source>
        <translation>Avancé : le scénario brut, avec toutes ses clés</translation>
    </message>
</context>
<context>
    <name>InsertRowCommand</name>
    <message>
        <source>Insert into %1</source>
        <translation>Insérer dans %1</translation>
    </message>
</context>
<context>
    <name>IntegerField</name>
    <message>
        <source>%1 is out of range for a 64-bit number</source>
        <translation>%1 dépasse la plage d&apos;un nombre de 64 bits</translation>
    </message>
    <message>
        <source>Not a size: write bytes or a number with k, m, g or t (e.g. 256m)</source>
        <translation>Pas une taille : indiquez des octets ou un nombre avec k, m, g ou t (p. ex. 256m)</translation>
    </message>
    <message>
        <source>Not a CPU count: write CPUs (1.5) or nano-CPUs (1500000000)</source>
        <translation>Pas un nombre de CPU : indiquez des CPU (1.5) ou des nano-CPU (1500000000)</translation>
    </message>
    <message>
        <source>Not a whole number</source>
        <translation>Pas un nombre entier</translation>
    </message>
    <message>
        <source>= %1 CPUs</source>
        <translation>= %1 CPU</translation>
    </message>
    <message>
        <source>At least %1</source>
        <translation>Au moins %1</translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation>Au plus %1</translation>
    </message>
</context>
<context>
    <name>JsonTableModel</name>
    <message>
        <source>Rename %1</source>
        <translation>Renommer %1</translation>
    </message>
    <message>
        <source>Insert into %1</source>
        <translation>Insérer dans %1</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Retirer de %1</translation>
    </message>
</context>
<context>
    <name>ListTextField</name>
    <message>
        <source>Not a list yet: write [&quot;a&quot;, &quot;b&quot;] or a, b</source>
        <translation>Pas encore une liste : écrivez [&quot;a&quot;, &quot;b&quot;] ou a, b</translation>
    </message>
</context>
<context>
    <name>Localization</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Building…</source>
        <translation>Construction…</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Ouvrir un fichier récent</translation>
    </message>
    <message>
        <source>Cannot open the file:
%1</source>
        <translation>Impossible d&apos;ouvrir le fichier :
%1</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>Spécification</translation>
    </message>
    <message>
        <source>The OCI runtime spec Docker builds from the scenario</source>
        <translation>La spécification d&apos;exécution OCI que Docker produit à partir du scénario</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>The scenario&apos;s inputs; F2 edits the current value</source>
        <translation>Les entrées du scénario ; F2 modifie la valeur courante</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Findings about the inputs and the spec; Enter shows where</source>
        <translation>Constats sur les entrées et la spécification ; Entrée montre où</translation>
    </message>
    <message>
        <source>Provenance of the current spec line</source>
        <translation>Provenance de la ligne courante de la spécification</translation>
    </message>
    <message>
        <source>Build status</source>
        <translation>État de la construction</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;venir à la version enregistrée</translation>
    </message>
    <message>
        <source>Discard the changes and read the file again</source>
        <translation>Abandonner les modifications et relire le fichier</translation>
    </message>
    <message>
        <source>&amp;Export Spec…</source>
        <translation>E&amp;xporter la spécification…</translation>
    </message>
    <message>
        <source>Write the built spec to a file (the format is set in the preferences)</source>
        <translation>Écrire la spécification produite dans un fichier (le format se règle dans les préférences)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Ne&amp;xt Panel</source>
        <translation>Panneau &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Panel</source>
        <translation>Panneau &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>À &amp;propos de %1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Docker refuses these inputs: %1</source>
        <translation>Docker refuse ces entrées : %1</translation>
    </message>
    <message>
        <source>The scenario has errors; see the Warnings panel.</source>
        <translation>Le scénario contient des erreurs ; voir le panneau Avertissements.</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Avertissements (%1)</translation>
    </message>
    <message>
        <source>Refused by Docker</source>
        <translation>Refusé par Docker</translation>
    </message>
    <message>
        <source>Errors in the scenario: %1</source>
        <translation>Erreurs dans le scénario : %1</translation>
    </message>
    <message>
        <source>Built in %1 µs</source>
        <translation>Construit en %1 µs</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Avertissements : %1</translation>
    </message>
    <message>
        <source>Host profile: %1</source>
        <translation>Profil d&apos;hôte : %1</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <source>Scenarios and Docker inputs (*.json);;Scenarios (*.ocispec.json);;All Files (*)</source>
        <translation>Scénarios et entrées Docker (*.json);;Scénarios (*.ocispec.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation>Enregistrer le scénario</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>Enregistrer le scénario sous</translation>
    </message>
    <message>
        <source>Scenarios (*.ocispec.json);;All Files (*)</source>
        <translation>Scénarios (*.ocispec.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation>« %1 » a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Edit Docker plugin manifests and container configurations and see the OCI runtime spec Docker Engine 29.7.2 builds from them, with where every value comes from.&lt;/p&gt;&lt;p&gt;Syntax highlighting: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Modifier des manifestes de plugins Docker et des configurations de conteneurs, et voir la spécification d&apos;exécution OCI que Docker Engine 29.7.2 en produit, avec la provenance de chaque valeur.&lt;/p&gt;&lt;p&gt;Coloration syntaxique : %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Opened %1 (%2) as a new scenario. %3</source>
        <translation>%1 (%2) ouvert comme nouveau scénario. %3</translation>
    </message>
    <message>
        <source>%1 is an OCI runtime spec: there is nothing to build from it, but it can be the diff baseline (drop it on the window, or pick it in the preferences).</source>
        <translation>%1 est une spécification d&apos;exécution OCI : il n&apos;y a rien à construire à partir d&apos;elle, mais elle peut servir de référence de comparaison (déposez-la sur la fenêtre ou choisissez-la dans les préférences).</translation>
    </message>
    <message numerus="yes">
        <source>%n files were dropped; only the first one is opened.</source>
        <translation>
            <numerusform>%n fichier déposé ; seul le premier est ouvert.</numerusform>
            <numerusform>%n fichiers déposés ; seul le premier est ouvert.</numerusform>
        </translation>
    </message>
    <message>
        <source>OCI Runtime Spec Dropped</source>
        <translation>Spécification d&apos;exécution OCI déposée</translation>
    </message>
    <message>
        <source>%1 is an OCI runtime spec (a config.json): there is nothing to build from it. Use it as the baseline the built spec is compared with?</source>
        <translation>%1 est une spécification d&apos;exécution OCI (un config.json) : il n&apos;y a rien à construire à partir d&apos;elle. L&apos;utiliser comme référence de comparaison de la spécification produite ?</translation>
    </message>
    <message>
        <source>&amp;Use as Diff Baseline</source>
        <translation>&amp;Utiliser comme référence</translation>
    </message>
    <message>
        <source>Diff baseline: %1</source>
        <translation>Référence de comparaison : %1</translation>
    </message>
    <message>
        <source>Cannot Open the Dropped File</source>
        <translation>Impossible d&apos;ouvrir le fichier déposé</translation>
    </message>
    <message>
        <source>The window takes scenarios (.ocispec.json), plugin manifests, Engine API create bodies, docker inspect output and OCI config.json files.</source>
        <translation>La fenêtre accepte des scénarios (.ocispec.json), des manifestes de plugins, des corps de création de l&apos;API Engine, des sorties de docker inspect et des fichiers config.json OCI.</translation>
    </message>
    <message>
        <source>There is no spec to export: the scenario has errors, or Docker refuses it.</source>
        <translation>Il n&apos;y a pas de spécification à exporter : le scénario contient des erreurs, ou Docker le refuse.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <source>Export Spec</source>
        <translation>Exporter la spécification</translation>
    </message>
    <message>
        <source>OCI runtime specs (*.json);;All Files (*)</source>
        <translation>Spécifications d&apos;exécution OCI (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Exported the spec to %1</source>
        <translation>Spécification exportée vers %1</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <source>Discard the changes to “%1” and read it again from disk?</source>
        <translation>Abandonner les modifications de « %1 » et le relire depuis le disque ?</translation>
    </message>
    <message>
        <source>Cannot read the scenario again:
%1</source>
        <translation>Impossible de relire le scénario :
%1</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>The new language applies when %1 starts again.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de %1.</translation>
    </message>
    <message>
        <source>The default host profile is not usable: %1</source>
        <translation>Le profil d&apos;hôte par défaut est inutilisable : %1</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>“%1” was changed by another program. Reload it and lose your unsaved changes?</source>
        <translation>« %1 » a été modifié par un autre programme. Le recharger et perdre vos modifications non enregistrées ?</translation>
    </message>
    <message>
        <source>“%1” was changed by another program. Reload it?</source>
        <translation>« %1 » a été modifié par un autre programme. Le recharger ?</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Keep Current</source>
        <translation>&amp;Garder la version actuelle</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>“%1” was removed from disk; saving writes it again.</source>
        <translation>« %1 » a été supprimé du disque ; l&apos;enregistrement le réécrira.</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>Go to &amp;Input</source>
        <translation>Aller à l&apos;&amp;entrée</translation>
    </message>
    <message>
        <source>Show the input that made the spec line under the cursor (or Ctrl+Click it)</source>
        <translation>Afficher l&apos;entrée d&apos;où vient la ligne sous le curseur (ou Ctrl+clic dessus)</translation>
    </message>
    <message>
        <source>Show in &amp;Spec</source>
        <translation>Afficher dans la &amp;spécification</translation>
    </message>
    <message>
        <source>Put the cursor in a field of the Inputs panel first.</source>
        <translation>Placez d&apos;abord le curseur dans un champ du panneau Entrées.</translation>
    </message>
    <message>
        <source>Mark the spec lines the focused field makes</source>
        <translation>Marquer les lignes de la spécification que produit le champ actif</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>&amp;Modification suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>Modification &amp;précédente</translation>
    </message>
    <message>
        <source>%1 is Docker&apos;s default: no input sets it.</source>
        <translation>%1 est la valeur par défaut de Docker : aucune entrée ne la fixe.</translation>
    </message>
    <message>
        <source>Nothing in the spec comes from %1.</source>
        <translation>Rien dans la spécification ne vient de %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 makes %n part(s) of the spec.</source>
        <translation>
            <numerusform>%1 produit %n partie de la spécification.</numerusform>
            <numerusform>%1 produit %n parties de la spécification.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (non enregistré)</translation>
    </message>
    <message>
        <source>Schema: %1</source>
        <translation>Schéma : %1</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l&apos;enregistrement automatique : %1</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Cannot recover the work:
%1</source>
        <translation>Impossible de récupérer le travail :
%1</translation>
    </message>
    <message>
        <source>Cannot save the scenario:
%1

The document stays open with all its changes, and the file on disk was left as it was. Save As can write it somewhere else.</source>
        <translation>Impossible d&apos;enregistrer le scénario :
%1

Le document reste ouvert avec toutes ses modifications, et le fichier sur le disque n&apos;a pas été modifié. « Enregistrer sous » peut l&apos;écrire ailleurs.</translation>
    </message>
    <message>
        <source>Recovered %1 as it was autosaved %2; save it to keep it.</source>
        <translation>%1 récupéré tel qu&apos;enregistré automatiquement le %2 ; enregistrez-le pour le conserver.</translation>
    </message>
</context>
<context>
    <name>MoveRowCommand</name>
    <message>
        <source>Move in %1</source>
        <translation>Déplacer dans %1</translation>
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
        <translation>Description</translation>
    </message>
    <message>
        <source>What the plugin does</source>
        <translation>Ce que fait le plugin</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>How the daemon talks to the plugin.</source>
        <translation>Comment le démon communique avec le plugin.</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>Protocol scheme</source>
        <translation>Schéma de protocole</translation>
    </message>
    <message>
        <source>moby.plugins.http/v1 (default)</source>
        <translation>moby.plugins.http/v1 (par défaut)</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Point d&apos;entrée</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Répertoire de travail</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>ID de groupe</translation>
    </message>
    <message>
        <source>Namespaces and mounts propagation</source>
        <translation>Espaces de noms et propagation des montages</translation>
    </message>
    <message>
        <source>Network type</source>
        <translation>Type de réseau</translation>
    </message>
    <message>
        <source>a new network namespace</source>
        <translation>un nouvel espace de noms réseau</translation>
    </message>
    <message>
        <source>Share the host&apos;s IPC namespace (ipcHost)</source>
        <translation>Partager l&apos;espace de noms IPC de l&apos;hôte (ipcHost)</translation>
    </message>
    <message>
        <source>Share the host&apos;s PID namespace (pidHost)</source>
        <translation>Partager l&apos;espace de noms PID de l&apos;hôte (pidHost)</translation>
    </message>
    <message>
        <source>Propagated mount</source>
        <translation>Montage propagé</translation>
    </message>
    <message>
        <source>Capabilities and devices</source>
        <translation>Capacités et périphériques</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Another capability…</source>
        <translation>Autre capacité…</translation>
    </message>
    <message>
        <source>Allow all devices</source>
        <translation>Autoriser tous les périphériques</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Périphériques</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Settable</source>
        <translation>Modifiable</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>Appended to the entrypoint; `set args=…` replaces the values.</source>
        <translation>Ajoutés au point d&apos;entrée ; `set args=…` remplace les valeurs.</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation>Montages</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>docker plugin set</source>
        <translation>docker plugin set</translation>
    </message>
    <message>
        <source>Applied after install, in order: NAME=value (env), NAME.source=/path (mount), NAME.path=/dev/x (device), args=&quot;a b&quot;. Each line is checked as Docker would.</source>
        <translation>Appliqués après l&apos;installation, dans l&apos;ordre : NOM=valeur (environnement), NOM.source=/chemin (montage), NOM.path=/dev/x (périphérique), args=&quot;a b&quot;. Chaque ligne est vérifiée comme Docker le ferait.</translation>
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
        <translation>ID du plugin</translation>
    </message>
    <message>
        <source>64 hex digits</source>
        <translation>64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>Rootfs</source>
        <translation>Rootfs</translation>
    </message>
    <message>
        <source>Exec root</source>
        <translation>Racine d&apos;exécution</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>None found at build time</source>
        <translation>Aucun trouvé à la compilation</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut : %1</translation>
    </message>
    <message>
        <source>The folder holding the runtime-spec config-schema.json that validation uses (ocispec validate --schema-dir).</source>
        <translation>Le dossier contenant le config-schema.json de la runtime-spec qu&apos;utilise la validation (ocispec validate --schema-dir).</translation>
    </message>
    <message>
        <source>Browse for the schema folder</source>
        <translation>Choisir le dossier du schéma</translation>
    </message>
    <message>
        <source>Probe this machine</source>
        <translation>Examiner cette machine</translation>
    </message>
    <message>
        <source>A host profile (host.json format) used when a scenario embeds none, instead of the facts of this machine (ocispec --host).</source>
        <translation>Un profil d&apos;hôte (format host.json) utilisé quand un scénario n&apos;en contient pas, au lieu des caractéristiques de cette machine (ocispec --host).</translation>
    </message>
    <message>
        <source>Browse for the host profile</source>
        <translation>Choisir le profil d&apos;hôte</translation>
    </message>
    <message>
        <source>Pretty (as ocispec build prints it)</source>
        <translation>Lisible (comme l&apos;affiche ocispec build)</translation>
    </message>
    <message>
        <source>Compact (the bytes Docker hands to containerd)</source>
        <translation>Compact (les octets que Docker transmet à containerd)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Docker&apos;s default spec</source>
        <translation>Spécification par défaut de Docker</translation>
    </message>
    <message>
        <source>A config.json file</source>
        <translation>Un fichier config.json</translation>
    </message>
    <message>
        <source>Baseline file</source>
        <translation>Fichier de référence</translation>
    </message>
    <message>
        <source>config.json</source>
        <translation>config.json</translation>
    </message>
    <message>
        <source>Browse for the baseline file</source>
        <translation>Choisir le fichier de référence</translation>
    </message>
    <message>
        <source>A new language applies when the app starts again.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Runtime-spec &amp;schema folder:</source>
        <translation>Dossier du &amp;schéma runtime-spec :</translation>
    </message>
    <message>
        <source>Default &amp;host profile:</source>
        <translation>Profil d&apos;&amp;hôte par défaut :</translation>
    </message>
    <message>
        <source>E&amp;xport format:</source>
        <translation>Format d&apos;e&amp;xport :</translation>
    </message>
    <message>
        <source>Default diff &amp;baseline:</source>
        <translation>Ré&amp;férence de comparaison par défaut :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Trouvé : %1</translation>
    </message>
    <message>
        <source>No schema was found at build time: schema validation is off.</source>
        <translation>Aucun schéma trouvé à la compilation : la validation par schéma est désactivée.</translation>
    </message>
    <message>
        <source>Not usable: %1</source>
        <translation>Inutilisable : %1</translation>
    </message>
    <message>
        <source>Scenarios without a host profile use the facts of this machine.</source>
        <translation>Les scénarios sans profil d&apos;hôte utilisent les caractéristiques de cette machine.</translation>
    </message>
    <message>
        <source>Host profile: kernel %1, %2 devices, %3 capabilities</source>
        <translation>Profil d&apos;hôte : noyau %1, %2 périphériques, %3 capacités</translation>
    </message>
    <message>
        <source>Runtime-Spec Schema Folder</source>
        <translation>Dossier du schéma runtime-spec</translation>
    </message>
    <message>
        <source>Default Host Profile</source>
        <translation>Profil d&apos;hôte par défaut</translation>
    </message>
    <message>
        <source>Host profiles (*.json);;All Files (*)</source>
        <translation>Profils d&apos;hôte (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Default Diff Baseline</source>
        <translation>Référence de comparaison par défaut</translation>
    </message>
    <message>
        <source>OCI runtime specs (*.json);;All Files (*)</source>
        <translation>Spécifications d&apos;exécution OCI (*.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ProvenanceLookup</name>
    <message>
        <source>Docker default</source>
        <translation>Valeur par défaut de Docker</translation>
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
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>No Recent Files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>RecoveryBar</name>
    <message>
        <source>Recovered work</source>
        <translation>Travail récupéré</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Hide this bar; the unsaved work is offered again at the next start</source>
        <translation>Masquer cette barre ; le travail non enregistré sera proposé à nouveau au prochain démarrage</translation>
    </message>
    <message>
        <source>Unsaved work from a session that did not end normally was found. Recover it to go on editing (Save then writes it to its file), or discard it.</source>
        <translation>Du travail non enregistré d&apos;une session qui ne s&apos;est pas terminée normalement a été trouvé. Récupérez-le pour continuer à le modifier (Enregistrer l&apos;écrit alors dans son fichier), ou abandonnez-le.</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>jamais enregistré</translation>
    </message>
    <message>
        <source>%1 (%2), autosaved %3</source>
        <translation>%1 (%2), enregistré automatiquement le %3</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Open this work in the window, with its unsaved changes</source>
        <translation>Ouvrir ce travail dans la fenêtre, avec ses modifications non enregistrées</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Delete the autosaved work</source>
        <translation>Supprimer le travail enregistré automatiquement</translation>
    </message>
</context>
<context>
    <name>RecoveryFile</name>
    <message>
        <source>%1: not a recovery file: /ui/recovery is missing.</source>
        <translation>%1 : pas un fichier de récupération : /ui/recovery manque.</translation>
    </message>
    <message>
        <source>%1: not a recovery file: /ui/recovery/savedAt is not a time.</source>
        <translation>%1 : pas un fichier de récupération : /ui/recovery/savedAt n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1 : ouverture impossible : %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
</context>
<context>
    <name>RemoveRowCommand</name>
    <message>
        <source>Remove from %1</source>
        <translation>Retirer de %1</translation>
    </message>
</context>
<context>
    <name>SetValueCommand</name>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Définir %1</translation>
    </message>
</context>
<context>
    <name>SpecComparison</name>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2 : %3</translation>
    </message>
</context>
<context>
    <name>TableField</name>
    <message>
        <source>Add a row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Retirer la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Move the selected row up</source>
        <translation>Monter la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Move the selected row down</source>
        <translation>Descendre la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <source>Set to null</source>
        <translation>Mettre à null</translation>
    </message>
    <message>
        <source>Leave the value unset: Docker then requires it to be set before use</source>
        <translation>Laisser la valeur non définie : Docker exige alors qu&apos;elle soit définie avant usage</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Edit Docker plugin manifests and container configs, see the exact OCI spec Docker builds.</source>
        <translation>Modifier des manifestes de plugins Docker et des configurations de conteneurs, et voir la spécification OCI exacte que Docker produit.</translation>
    </message>
    <message>
        <source>The file to open: a scenario (FILE.ocispec.json), a plugin manifest, an Engine API create body or docker inspect output.</source>
        <translation>Le fichier à ouvrir : un scénario (FICHIER.ocispec.json), un manifeste de plugin, un corps de création de l&apos;API Engine ou une sortie de docker inspect.</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <source>Cannot open the file:
%1</source>
        <translation>Impossible d&apos;ouvrir le fichier :
%1</translation>
    </message>
    <message>
        <source>Render the main window with the file (or the example) at 1400×900 to a PNG image and exit.</source>
        <translation>Rendre la fenêtre principale avec le fichier (ou l’exemple) en 1400×900 dans une image PNG, puis quitter.</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>Use a light or dark palette instead of the desktop&apos;s.</source>
        <translation>Utiliser une palette claire ou sombre au lieu de celle du bureau.</translation>
    </message>
    <message>
        <source>--color-scheme takes light or dark, not %1</source>
        <translation>--color-scheme attend light ou dark, pas %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
</context>
</TS>
