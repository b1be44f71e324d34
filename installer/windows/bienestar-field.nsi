; Windows installer for Bienestar Field (NSIS 3, Modern UI 2). See installer/README.md.
;
; Per-user: no administrator rights (field laptops are often locked down), installed into
; %LOCALAPPDATA%\Programs\Bienestar Field with a Start-menu entry, in Spanish. The records live
; elsewhere, in the user's data folder (%LOCALAPPDATA%\Bienestar\bienestar-field, from
; platformdirs), which neither the installer nor the uninstaller touches: an upgrade opens the
; same casebook, and removing the program never deletes records that may not be synced yet.
;
; makensis /DVERSION=0.1.0 /DPAYLOAD=..\..\dist\bienestar-field /DOUTFILE=setup.exe bienestar-field.nsi
;   VERSION  the program's version (bienestar_field.__version__)
;   PAYLOAD  the PyInstaller one-folder bundle (dist\bienestar-field, built on Windows)
;   OUTFILE  where the installer is written

Unicode true
SetCompressor /SOLID lzma

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef PAYLOAD
  !define PAYLOAD "..\..\dist\bienestar-field"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\bienestar-field-${VERSION}-setup.exe"
!endif

!define APP_NAME "Bienestar Field"
!define APP_ID "bienestar-field"
!define PUBLISHER "Programas para el Bienestar"
!define GUI_EXE "bienestar-field-gui.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define SETTINGS_KEY "Software\${APP_ID}"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${SETTINGS_KEY}" "InstallDir"
ShowInstDetails show
ShowUninstDetails show

!include "MUI2.nsh"

!define MUI_ICON "bienestar-field.ico"
!define MUI_UNICON "bienestar-field.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${GUI_EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Spanish"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_SPANISH} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_SPANISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SPANISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SPANISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_SPANISH} "FileDescription" "Instalador de ${APP_NAME}"
VIAddVersionKey /LANG=${LANG_SPANISH} "LegalCopyright" "${PUBLISHER}"

Section "${APP_NAME}" SecProgram
  SectionIn RO
  SetShellVarContext current
  ; An upgrade replaces the program's files whole, so nothing of an older build lingers. Only
  ; the program folder is cleared: the data folder is elsewhere and is never touched.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0

  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${GUI_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  ; The program's own files only. The data folder (casebook, backups, settings, logs) stays:
  ; it may hold records not yet synced, and a reinstall opens it again.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\bienestar-field.exe"
  Delete "$INSTDIR\${GUI_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
  DetailPrint "Sus datos se conservan en $LOCALAPPDATA\Bienestar\bienestar-field"
SectionEnd
