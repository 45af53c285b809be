import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

/** `{ items, total }`: a complete list, named for its item type in the OpenAPI document. */
export function CatalogueOf<T>(item: Type<T>, name: string, exampleTotal: number) {
  class Catalogue {
    @ApiProperty({ type: [item], description: 'Every matching entry.' })
    items!: T[];
    @ApiProperty({ description: 'How many entries matched.', example: exampleTotal })
    total!: number;
  }
  Object.defineProperty(Catalogue, 'name', { value: name });
  return Catalogue;
}

/** `{ items, total, page, limit }`: one page of a list, as the API conventions define it. */
export function PageOf<T>(item: Type<T>, name: string) {
  class Page extends CatalogueOf(item, `${name}Base`, 42) {
    @ApiProperty({ description: 'Page number, from 1.', example: 1 })
    page!: number;
    @ApiProperty({ description: 'Page size.', example: 20 })
    limit!: number;
  }
  Object.defineProperty(Page, 'name', { value: name });
  return Page;
}
