import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';
import { STATUS_CODES } from 'node:http';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem';

export class FieldErrorDto {
  @ApiProperty({
    description: 'Full path of the field.',
    example: 'location.lat',
  })
  field!: string;
  @ApiProperty({ description: 'What is wrong with it.', example: 'lat must not be greater than 6' })
  message!: string;
}

export class ProblemDto {
  @ApiProperty({
    description: 'Identifies the kind of problem; stable.',
    example: 'https://rantai.id/problems/validation-error',
  })
  type!: string;
  @ApiProperty({ description: 'The HTTP status phrase.', example: 'Bad Request' })
  title!: string;
  @ApiProperty({ description: 'The HTTP status code.', example: 400 })
  status!: number;
  @ApiProperty({ description: 'What went wrong, for people.', example: 'The request has invalid fields.' })
  detail!: string;
  @ApiProperty({
    description: 'The path of the request.',
    example: '/api/v1/suppliers',
  })
  instance!: string;
  @ApiProperty({
    description: 'Also in the server logs; quote it when reporting a problem.',
    example: '1f0c7a1e-3b0e-4c7b-9a51-7b1f2f0f2a10',
  })
  requestId!: string;
  @ApiPropertyOptional({
    type: [FieldErrorDto],
    description: 'Present on validation errors.',
  })
  errors?: FieldErrorDto[];
  @ApiPropertyOptional({ description: 'On 429: seconds to wait, as in the Retry-After header.', example: 30 })
  retryAfter?: number;
}

/** A 429 says how long to wait, and which budget ran out (draft-ietf-httpapi-ratelimit-headers). */
const TOO_MANY_REQUESTS_HEADERS = {
  'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } },
  'RateLimit-Policy': {
    description: 'The budget that ran out: its name, quota and window in seconds.',
    schema: { type: 'string', example: '"auth";q=100;w=60' },
  },
  RateLimit: {
    description: 'What is left of it and when it resets, in seconds.',
    schema: { type: 'string', example: '"auth";r=0;t=30' },
  },
};

/** Documents the problem+json error responses a route can give. */
export function ProblemResponses(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: STATUS_CODES[status],
        ...(status === 429 && { headers: TOO_MANY_REQUESTS_HEADERS }),
        content: {
          [PROBLEM_CONTENT_TYPE]: {
            schema: { $ref: '#/components/schemas/ProblemDto' },
          },
        },
      }),
    ),
  );
}
