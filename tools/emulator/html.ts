import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SandboxMode, XFrameOptionsMode, asReal } from './enums';

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export class FakeHtmlOutput implements Pick<
  HtmlOutput,
  | 'addMetaTag'
  | 'append'
  | 'clear'
  | 'getContent'
  | 'getHeight'
  | 'getTitle'
  | 'getWidth'
  | 'setContent'
  | 'setHeight'
  | 'setSandboxMode'
  | 'setTitle'
  | 'setWidth'
  | 'setXFrameOptionsMode'
> {
  private title = '';
  private width = 0;
  private height = 0;
  readonly metaTags: { name: string; content: string }[] = [];
  constructor(private content: string) {}
  private self(): HtmlOutput {
    return asReal<HtmlOutput>(this);
  }
  addMetaTag(name: string, content: string): HtmlOutput {
    this.metaTags.push({ name, content });
    return this.self();
  }
  append(addedContent: string): HtmlOutput {
    this.content += addedContent;
    return this.self();
  }
  clear(): HtmlOutput {
    this.content = '';
    return this.self();
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): HtmlOutput {
    this.content = content;
    return this.self();
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): HtmlOutput {
    this.title = String(title);
    return this.self();
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: number): HtmlOutput {
    this.width = width;
    return this.self();
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(height: number): HtmlOutput {
    this.height = height;
    return this.self();
  }
  setSandboxMode(_mode: GoogleAppsScript.HTML.SandboxMode): HtmlOutput {
    return this.self();
  }
  setXFrameOptionsMode(_mode: GoogleAppsScript.HTML.XFrameOptionsMode): HtmlOutput {
    return this.self();
  }
}

/** HtmlService reading NAME.html from one folder (dist/ by default, what clasp pushes). */
export class FakeHtmlService implements Pick<
  GoogleAppsScript.HTML.HtmlService,
  'SandboxMode' | 'XFrameOptionsMode' | 'createHtmlOutput' | 'createHtmlOutputFromFile'
> {
  readonly SandboxMode = asReal<typeof GoogleAppsScript.HTML.SandboxMode>(SandboxMode);
  readonly XFrameOptionsMode = asReal<typeof GoogleAppsScript.HTML.XFrameOptionsMode>(XFrameOptionsMode);
  constructor(private readonly htmlDir: string) {}
  createHtmlOutput(html?: unknown): HtmlOutput {
    return asReal<HtmlOutput>(new FakeHtmlOutput(html === undefined ? '' : String(html)));
  }
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    const name = String(filename).replace(/\.html$/, '');
    const path = join(this.htmlDir, `${name}.html`);
    if (!existsSync(path)) throw new Error(`No HTML file named ${name} was found.`);
    return asReal<HtmlOutput>(new FakeHtmlOutput(readFileSync(path, 'utf8')));
  }
}
