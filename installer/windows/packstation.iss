; Packstation: Inno Setup 6 script for the Windows installer.
;
; Build on Windows, from the repository root, after the bundle:
;   py installer\build_bundle.py                 (PyInstaller bundle + version stamp + selftest)
;   iscc installer\windows\packstation.iss       (-> installer\dist\packstation-<version>-setup.exe)
;
; Silent install (what a software-distribution tool runs), with this bench's settings pre-seeded:
;   packstation-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;       /SETTINGS="\\fileserver\it\packstation\bench07.toml" /LOG="C:\Windows\Temp\packstation-setup.log"
; /SETTINGS=FILE copies FILE to C:\ProgramData\Packstation\packstation\settings.toml (the machine-wide
; seed); on first start each Windows user without a settings.toml of their own gets a copy of it in
; %LOCALAPPDATA%\Packstation\packstation\settings.toml. See installer/DEPLOYMENT.md.
; Silent uninstall: "C:\Program Files\Packstation\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES

; AppVersion and AppVersionNumeric, written from packstation.__version__ by build_bundle.py.
#include "..\build\windows\version.iss"

#define AppName "Packstation"
#define AppPublisher "Packstation developers"
#define AppExe "packstation-gui.exe"
#define CliExe "packstation.exe"
#define BundleDir "..\dist\packstation"
#define SiteConfigDir "{commonappdata}\Packstation\packstation"

[Setup]
; AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{6B0E8E57-3C1A-4C55-9D1B-5A9D2F7C1E42}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersionNumeric}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=packstation-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
LicenseFile=..\..\LICENSE
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; An update closes a running Packstation first (Restart Manager) and starts it again afterwards.
CloseApplications=yes
RestartApplications=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole bundle: no library of the previous version is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The machine-wide settings seed, only when /SETTINGS=FILE was given. Kept on uninstall so that a
; reinstall or an update without /SETTINGS keeps this bench's configuration.
Source: "{param:SETTINGS}"; DestDir: "{#SiteConfigDir}"; DestName: "settings.toml"; Flags: external ignoreversion uninsneveruninstall; Check: HasSettingsParam

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Pack and ship Amazon External Fulfillment orders"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function HasSettingsParam(): Boolean;
begin
  Result := ExpandConstant('{param:SETTINGS}') <> '';
end;

function InitializeSetup(): Boolean;
var
  SettingsFile: String;
begin
  Result := True;
  SettingsFile := ExpandConstant('{param:SETTINGS}');
  if (SettingsFile <> '') and not FileExists(SettingsFile) then
  begin
    SuppressibleMsgBox('The settings file given with /SETTINGS= does not exist: ' + SettingsFile +
      #13#10 + 'Give the full path of a settings.toml (see DEPLOYMENT.md).', mbCriticalError, MB_OK, IDOK);
    Result := False;
  end;
end;
