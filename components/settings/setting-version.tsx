import { LocalTime } from "@/components/ui/local-time";

/** "Version N · saved <time>" for a stored setting, or "<defaultLabel> (never saved)". */
export function SettingVersion({ setting, defaultLabel }: { setting: { isDefault: boolean; version: number; updatedAt: Date | null }; defaultLabel: string }) {
  return (
    <>
      {setting.isDefault ? `${defaultLabel} (never saved)` : `Version ${setting.version}`}
      {setting.updatedAt ? (
        <>
          {" · saved "}
          <LocalTime value={setting.updatedAt} />
        </>
      ) : null}
    </>
  );
}
