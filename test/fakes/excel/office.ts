/** The `Office` global as an Excel add-in sees it: onReady, requirement sets, display language. */
import { compareVersions, type FakeHost, type FakePlatform } from './core';

export interface FakeOffice {
  HostType: Record<
    'Excel' | 'Word' | 'PowerPoint' | 'Outlook' | 'OneNote' | 'Project' | 'Access',
    string
  >;
  PlatformType: Record<'PC' | 'OfficeOnline' | 'Mac' | 'iOS' | 'Android' | 'Universal', string>;
  context: {
    /** Settable: tests switch it to exercise the pane's languages. */
    displayLanguage: string;
    contentLanguage: string;
    platform: FakePlatform;
    host: 'Excel';
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    diagnostics: { host: 'Excel'; platform: FakePlatform; version: string };
  };
  /** Resolves with { host: 'Excel', platform }; calls `callback` first when given. */
  onReady(
    callback?: (info: { host: string; platform: string }) => void,
  ): Promise<{ host: string; platform: string }>;
}

/** Sets other than ExcelApi that Excel of this kind supports (highest version). */
function otherSets(platform: FakePlatform): Record<string, string> {
  const common: Record<string, string> = {
    DialogApi: '1.2',
    SharedRuntime: '1.1',
    RibbonApi: '1.1',
    IdentityAPI: '1.3',
    OpenBrowserWindowApi: '1.1',
  };
  if (platform === 'OfficeOnline') return { ...common, ExcelApiOnline: '1.1' };
  return { ...common, ExcelApiDesktop: '1.1' };
}

export function makeOffice(host: FakeHost, displayLanguage: string): FakeOffice {
  const platform = host.options.platform;
  const sets = otherSets(platform);
  return {
    HostType: {
      Excel: 'Excel',
      Word: 'Word',
      PowerPoint: 'PowerPoint',
      Outlook: 'Outlook',
      OneNote: 'OneNote',
      Project: 'Project',
      Access: 'Access',
    },
    PlatformType: {
      PC: 'PC',
      OfficeOnline: 'OfficeOnline',
      Mac: 'Mac',
      iOS: 'iOS',
      Android: 'Android',
      Universal: 'Universal',
    },
    context: {
      displayLanguage,
      contentLanguage: displayLanguage,
      platform,
      host: 'Excel',
      requirements: {
        /**
         * ExcelApi up to the fake's apiVersion. The version should be a string: as a number,
         * 1.10 reads as 1.1 (the documentation warns of exactly this).
         */
        isSetSupported(name: string, minVersion?: string | number): boolean {
          const wanted = minVersion === undefined ? '1.1' : String(minVersion);
          const have = name.toLowerCase() === 'excelapi' ? host.options.apiVersion : sets[name];
          return have !== undefined && compareVersions(have, wanted) >= 0;
        },
      },
      diagnostics: { host: 'Excel', platform, version: '16.0.18000.10000' },
    },
    onReady(callback) {
      const info = { host: 'Excel', platform };
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
  };
}
