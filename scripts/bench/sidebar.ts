/** Sidebar figures; filled in once the sidebar build exists. */
export async function benchSidebar(): Promise<void> {
  console.log('bench: sidebar (not built yet)');
}
