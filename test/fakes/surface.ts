/**
 * What the product calls of the host APIs: every member of a class, interface, enum or namespace
 * declared by @types/office-js or @types/google-apps-script that the product's code (addin/src,
 * apps-script/src, shared, cli) names, found by the TypeScript checker. The fakes' typed views
 * must list exactly these (test/fakes/surface.test.ts).
 */
import * as path from 'path';
import * as ts from 'typescript';
import { ROOT } from '../helpers/paths';

const PRODUCT = ['addin/src', 'apps-script/src', 'shared', 'cli'].map((d) => path.join(ROOT, d));
const API_TYPES = /[/\\]node_modules[/\\]@types[/\\](office-js|google-apps-script)[/\\]/;

function isArgument(node: ts.Identifier): boolean {
  const parent = node.parent;
  return ts.isCallOrNewExpression(parent) && (parent.arguments?.some((a) => a === node) ?? false);
}

/** The dotted name of a namespace declaration ("Office", "GoogleAppsScript.Spreadsheet"). */
function qualifiedName(decl: ts.Node): string {
  const names: string[] = [];
  for (let n: ts.Node | undefined = decl; n; n = n.parent) {
    if (ts.isModuleDeclaration(n)) names.unshift(n.name.getText());
  }
  return names.join('.');
}

/** "Excel.Range", "GoogleAppsScript.Spreadsheet.ProtectionType", "Office" (the namespace itself). */
function ownerOf(decl: ts.Declaration): string | null {
  if (!API_TYPES.test(decl.getSourceFile().fileName)) return null;
  const parent = decl.parent;
  // a member of an object type written in place (the answer of Office.onReady): covered by the
  // type of the member that returns it
  if (ts.isTypeLiteralNode(parent)) return null;
  const namespace = qualifiedName(parent);
  if (
    (ts.isClassDeclaration(parent) ||
      ts.isInterfaceDeclaration(parent) ||
      ts.isEnumDeclaration(parent)) &&
    parent.name
  ) {
    return namespace ? `${namespace}.${parent.name.text}` : parent.name.text;
  }
  return namespace;
}

/** Owner → member names the product uses, e.g. "Excel.Range" → {"values", "load", …}. */
export function productApiSurface(): Map<string, Set<string>> {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('tsconfig.json could not be read');
  const files = config.fileNames.filter((f) => PRODUCT.some((d) => f.startsWith(`${d}/`)));
  const program = ts.createProgram(files, config.options);
  const checker = program.getTypeChecker();
  const used = new Map<string, Set<string>>();
  const note = (owner: string, member: string) => {
    let members = used.get(owner);
    if (!members) used.set(owner, (members = new Set()));
    members.add(member);
  };
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        for (const decl of checker.getSymbolAtLocation(node.name)?.declarations ?? []) {
          const owner = ownerOf(decl);
          if (owner !== null) note(owner, node.name.text);
        }
      } else if (ts.isIdentifier(node) && isArgument(node)) {
        // a namespace handed over whole (`new ExcelBridge(Excel, …)`): what the parameter's type
        // takes of it is used
        const symbol = checker.getSymbolAtLocation(node);
        const namespace = symbol?.declarations?.find(
          (d) => ts.isModuleDeclaration(d) && API_TYPES.test(d.getSourceFile().fileName),
        );
        const wanted = checker.getContextualType(node);
        if (symbol && namespace && wanted) {
          const exported = new Set(checker.getExportsOfModule(symbol).map((e) => e.name));
          for (const p of wanted.getProperties()) {
            if (exported.has(p.name)) note(qualifiedName(namespace), p.name);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return used;
}
