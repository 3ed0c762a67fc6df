/// <reference types="office-js" />
/** The `Office` global as an Excel add-in sees it: onReady, requirement sets, display language. */
import type { ExcelView } from './api';
import { compareVersions, type FakeHost, type FakePlatform } from './core';

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

export class FakeRequirements implements ExcelView<'Office.RequirementSetSupport'> {
  private readonly sets: Record<string, string>;

  constructor(private readonly host: FakeHost) {
    this.sets = otherSets(host.options.platform);
  }

  /**
   * ExcelApi up to the fake's apiVersion. The version should be a string: as a number, 1.10
   * reads as 1.1 (the documentation warns of exactly this).
   */
  isSetSupported(name: string, minVersion?: string | number): boolean {
    const wanted = minVersion === undefined ? '1.1' : String(minVersion);
    const have = name.toLowerCase() === 'excelapi' ? this.host.options.apiVersion : this.sets[name];
    return have !== undefined && compareVersions(have, wanted) >= 0;
  }
}

export class FakeOfficeContext implements ExcelView<'Office.Context'> {
  readonly requirements: FakeRequirements;

  constructor(
    host: FakeHost,
    /** Settable: tests switch it to exercise the pane's languages. */
    public displayLanguage: string,
  ) {
    this.requirements = new FakeRequirements(host);
  }
}

export class FakeOffice implements ExcelView<'Office'> {
  readonly context: FakeOfficeContext;
  private readonly platform: FakePlatform;

  constructor(host: FakeHost, displayLanguage: string) {
    this.context = new FakeOfficeContext(host, displayLanguage);
    this.platform = host.options.platform;
  }

  /** Resolves with { host: 'Excel', platform }; calls `callback` first when given. */
  onReady(
    callback?: (info: { host: Office.HostType; platform: Office.PlatformType }) => unknown,
  ): Promise<{ host: Office.HostType; platform: Office.PlatformType }> {
    // the enums' values, which exist at run time only in office.js itself
    const info = {
      host: 'Excel' as unknown as Office.HostType,
      platform: this.platform as unknown as Office.PlatformType,
    };
    return Promise.resolve().then(() => {
      callback?.(info);
      return info;
    });
  }
}
