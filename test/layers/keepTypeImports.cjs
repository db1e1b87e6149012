/**
 * Babel plugin for the layering check: turns `import type` and `export type … from` into
 * value imports before the TypeScript preset strips them (it does so on entering the program,
 * hence the same hook here), so a type-only import across a layer boundary is still seen.
 */
module.exports = function keepTypeImports() {
  return {
    name: 'keep-type-imports',
    visitor: {
      Program(path) {
        for (const node of path.node.body) {
          if (node.type === 'ImportDeclaration') {
            node.importKind = 'value';
            for (const specifier of node.specifiers) if (specifier.importKind) specifier.importKind = 'value';
          } else if (node.type === 'ExportNamedDeclaration' && node.source) {
            node.exportKind = 'value';
            for (const specifier of node.specifiers) if (specifier.exportKind) specifier.exportKind = 'value';
          }
        }
      },
    },
  };
};
